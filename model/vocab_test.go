package model

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLaddersRankLowestFirst(t *testing.T) {
	assert.Less(t, SummitPlanned.Rank(), SummitCancelled.Rank())
	assert.Less(t, SummitCancelled.Rank(), SummitHeld.Rank())
	assert.Equal(t, 0, SummitStatus("postponed").Rank(), "a value off the ladder ranks lowest")

	assert.Equal(t, []int{1, 2, 3, 4, 5}, []int{MemberApplicant.Rank(), MemberObserver.Rank(), MemberPartner.Rank(), MemberFull.Rank(), MemberFounding.Rank()})
	assert.True(t, MemberFounding.IsMember())
	assert.True(t, MemberFull.IsMember())
	assert.False(t, MemberObserver.IsMember())

	assert.Less(t, LevelComprehensive.Rank(), LevelStrategic.Rank())
	assert.Less(t, LevelStrategic.Rank(), LevelComprehensiveStrategic.Rank())
	assert.Less(t, LevelComprehensiveStrategic.Rank(), LevelAlliance.Rank())
	assert.Len(t, PartnershipLevels, 11)
	assert.Less(t, PartnershipPlanned.Rank(), PartnershipEstablished.Rank())
	assert.Less(t, PartnershipEstablished.Rank(), PartnershipUpgraded.Rank())

	assert.Equal(t, []int{1, 2, 3, 4}, []int{AgreementPlanned.Rank(), AgreementSigned.Rank(), AgreementInForce.Rank(), AgreementExpired.Rank()})
	assert.Equal(t, 0, AgreementStatus("rumoured").Rank())
}

// Ranks is a ladder as the writer's merge rules look values up: plain
// strings, the ranks as the ladder gives them.
func TestRanks(t *testing.T) {
	assert.Equal(t, map[string]any{"planned": 1, "cancelled": 2, "held": 3}, Ranks(SummitStatuses))
	assert.Equal(t, map[string]any{"applicant": 1, "observer": 2, "partner": 3, "member": 4, "founding_member": 5}, Ranks(MembershipStatuses))
	for _, l := range PartnershipLevels {
		assert.Equal(t, l.Rank(), Ranks(PartnershipLevels)[string(l)], l)
	}
}

func TestEvidenceFormat(t *testing.T) {
	s := Evidence{Text: "Ông Putin gặp ông Tập.", Start: 12, End: 40}.Format("a1b2")
	assert.Equal(t, "a1b2:12-40 Ông Putin gặp ông Tập.", s)
	assert.Equal(t, "a1b2", EvidenceArticle(s))
}

package model

import "slices"

// The closed vocabularies of the graph: the values the kind and status
// properties take (docs/DESIGN.md), as typed strings. Where one value
// outranks another when articles disagree about one thing, the order is
// defined here, once: a ladder lists the values lowest first, and Rank is
// the place on it.
//
// In an Extraction the values travel as plain strings (Props is a map of
// JSON values); string(v) and the type conversion T(s) go between the two.

// SummitKind is the kind of a Summit: any meeting event between leaders.
type SummitKind string

// Summit kinds.
const (
	KindSummit     SummitKind = "summit"      // a multilateral summit
	KindBilateral  SummitKind = "bilateral"   // talks
	KindStateVisit SummitKind = "state_visit" // a visit, state or official
	KindVideoCall  SummitKind = "video_call"
	KindPhoneCall  SummitKind = "phone_call"
)

// SummitKinds lists every summit kind.
var SummitKinds = []SummitKind{KindSummit, KindBilateral, KindStateVisit, KindVideoCall, KindPhoneCall}

// SummitStatus says whether a Summit took place.
type SummitStatus string

// Summit statuses.
const (
	SummitHeld      SummitStatus = "held"
	SummitPlanned   SummitStatus = "planned"
	SummitCancelled SummitStatus = "cancelled"
)

// SummitStatuses is the ladder of summit statuses, lowest first: an event
// one article plans and another reports cancelled was cancelled, and one
// that any article reports held was held.
var SummitStatuses = []SummitStatus{SummitPlanned, SummitCancelled, SummitHeld}

// Rank is the place of s on SummitStatuses, from 1; 0 for a value not on it.
func (s SummitStatus) Rank() int { return rank(SummitStatuses, s) }

// MembershipStatus is the status of a MEMBER_OF relationship.
type MembershipStatus string

// Membership statuses.
const (
	MemberFounding  MembershipStatus = "founding_member"
	MemberFull      MembershipStatus = "member"
	MemberPartner   MembershipStatus = "partner" // a dialogue or partner country
	MemberObserver  MembershipStatus = "observer"
	MemberApplicant MembershipStatus = "applicant"
)

// MembershipStatuses is the ladder of membership statuses, lowest first:
// a founding member is a member, and a member is more than a partner, an
// observer or an applicant.
var MembershipStatuses = []MembershipStatus{MemberApplicant, MemberObserver, MemberPartner, MemberFull, MemberFounding}

// Rank is the place of s on MembershipStatuses, from 1; 0 for a value not on it.
func (s MembershipStatus) Rank() int { return rank(MembershipStatuses, s) }

// IsMember reports whether s makes a country a member (founding or not).
func (s MembershipStatus) IsMember() bool { return s == MemberFull || s == MemberFounding }

// AgreementKind is the kind of an Agreement.
type AgreementKind string

// Agreement kinds.
const (
	KindTreaty         AgreementKind = "treaty"
	KindJointStatement AgreementKind = "joint_statement"
	KindDeclaration    AgreementKind = "declaration"
	KindAgreement      AgreementKind = "agreement"
	KindMoU            AgreementKind = "mou" // a memorandum of understanding
)

// AgreementKinds lists every agreement kind.
var AgreementKinds = []AgreementKind{KindTreaty, KindJointStatement, KindDeclaration, KindAgreement, KindMoU}

// AgreementStatus is the status of an Agreement.
type AgreementStatus string

// Agreement statuses.
const (
	AgreementSigned  AgreementStatus = "signed"
	AgreementPlanned AgreementStatus = "planned"
	AgreementExpired AgreementStatus = "expired"
	AgreementInForce AgreementStatus = "in_force"
)

// AgreementStatuses is the ladder of agreement statuses, lowest first, in
// the order of an agreement's life: one article's plan is another's
// signature, and what is in force or has expired was signed.
var AgreementStatuses = []AgreementStatus{AgreementPlanned, AgreementSigned, AgreementInForce, AgreementExpired}

// Rank is the place of s on AgreementStatuses, from 1; 0 for a value not on it.
func (s AgreementStatus) Rank() int { return rank(AgreementStatuses, s) }

// PartnershipLevel is the level of a PARTNER_OF relationship: the named
// framework of relations between two countries.
type PartnershipLevel string

// Partnership levels.
const (
	LevelComprehensive                      PartnershipLevel = "comprehensive"
	LevelComprehensiveCooperative           PartnershipLevel = "comprehensive_cooperative"
	LevelStrategic                          PartnershipLevel = "strategic"
	LevelStrategicCooperative               PartnershipLevel = "strategic_cooperative"
	LevelExtensiveStrategic                 PartnershipLevel = "extensive_strategic"
	LevelComprehensiveStrategic             PartnershipLevel = "comprehensive_strategic"
	LevelComprehensiveStrategicCooperative  PartnershipLevel = "comprehensive_strategic_cooperative"
	LevelComprehensiveStrategicCoordination PartnershipLevel = "comprehensive_strategic_coordination"
	LevelSpecial                            PartnershipLevel = "special"
	LevelNoLimits                           PartnershipLevel = "no_limits"
	LevelAlliance                           PartnershipLevel = "alliance"
)

// PartnershipLevels is the ladder of partnership levels, lowest first, as
// Vietnamese diplomacy ranks its own frameworks: comprehensive below
// strategic below comprehensive strategic; a cooperative or extensive
// variant just above the level it qualifies; then the special relations
// (Laos, Cuba), the no-limits partnership and, highest, a treaty alliance.
var PartnershipLevels = []PartnershipLevel{
	LevelComprehensive, LevelComprehensiveCooperative,
	LevelStrategic, LevelStrategicCooperative, LevelExtensiveStrategic,
	LevelComprehensiveStrategic, LevelComprehensiveStrategicCooperative, LevelComprehensiveStrategicCoordination,
	LevelSpecial, LevelNoLimits, LevelAlliance,
}

// Rank is the place of l on PartnershipLevels, from 1; 0 for a value not on it.
func (l PartnershipLevel) Rank() int { return rank(PartnershipLevels, l) }

// PartnershipStatus says what a text states of a partnership level.
type PartnershipStatus string

// Partnership statuses.
const (
	PartnershipPlanned     PartnershipStatus = "planned"     // to be set up or raised
	PartnershipEstablished PartnershipStatus = "established" // set up, or standing
	PartnershipUpgraded    PartnershipStatus = "upgraded"    // raised to the level
)

// PartnershipStatuses is the ladder of partnership statuses, lowest first:
// an upgrade is an establishment, which is more than a plan.
var PartnershipStatuses = []PartnershipStatus{PartnershipPlanned, PartnershipEstablished, PartnershipUpgraded}

// Rank is the place of s on PartnershipStatuses, from 1; 0 for a value not on it.
func (s PartnershipStatus) Rank() int { return rank(PartnershipStatuses, s) }

// rank is the place of v on ladder, from 1; 0 when it is not there.
func rank[T ~string](ladder []T, v T) int {
	return slices.Index(ladder, v) + 1
}

// Ranks maps each value of ladder, as a plain string, to its rank: the
// form the graph writer's merge rules look values up in.
func Ranks[T ~string](ladder []T) map[string]any {
	m := make(map[string]any, len(ladder))
	for i, v := range ladder {
		m[string(v)] = i + 1
	}
	return m
}

package graph

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestResolveParamSpec(t *testing.T) {
	tests := []struct {
		doc  string
		want ParamSpec
	}{
		{"a leader's name [name:Leader]", ParamSpec{Name: "p", Doc: "a leader's name", Labels: []string{"Leader"}}},
		{"a party [name:Country|Leader]", ParamSpec{Name: "p", Doc: "a party", Labels: []string{"Country", "Leader"}}},
		{"anything [name:*]", ParamSpec{Name: "p", Doc: "anything", Labels: fullTextLabels}},
		{"a summit, or '' [name:Summit] [optional]", ParamSpec{Name: "p", Doc: "a summit, or ''", Labels: []string{"Summit"}, Optional: true}},
		{"a year [optional]", ParamSpec{Name: "p", Doc: "a year", Optional: true}},
		{"a word", ParamSpec{Name: "p", Doc: "a word"}},
		{"[name:Leader] only at the end counts", ParamSpec{Name: "p", Doc: "[name:Leader] only at the end counts"}},
	}
	for _, tt := range tests {
		t.Run(tt.doc, func(t *testing.T) {
			assert.Equal(t, tt.want, Param{Name: "p", Doc: tt.doc}.Spec())
		})
	}
}

func TestResolveFillOptional(t *testing.T) {
	p := lookup(t, "evidence").FillOptional(map[string]any{"from": "a", "to": "b"})
	assert.Equal(t, map[string]any{"from": "a", "to": "b", "type": nil, "limit": nil}, p)
	p = lookup(t, "summit-attendees").FillOptional(map[string]any{"org": "SCO"})
	assert.Equal(t, map[string]any{"summit": nil, "org": "SCO", "year": nil}, p)
	given := map[string]any{"a": "x"}
	p = lookup(t, "meetings-between").FillOptional(given)
	assert.Equal(t, map[string]any{"a": "x", "limit": nil}, p, "required parameters stay missing")
	assert.Equal(t, map[string]any{"a": "x"}, given, "a copy")
}

func TestCheckNames(t *testing.T) {
	s := queryStore(t)
	for _, c := range []struct {
		name  string
		check func(*testing.T, *Store)
	}{
		{"good names resolve", checkNamesGoodNamesResolve},
		{"unknown name lists the closest", checkNamesUnknownNameListsTheClosest},
		{"unknown name with nothing close", checkNamesUnknownNameWithNothingClose},
		{"other label suggested", checkNamesOtherLabelSuggested},
		{"ambiguous name lists the candidates", checkNamesAmbiguousNameListsTheCandidates},
		{"a name matching few of its words", checkNamesANameMatchingFewOfItsWords},
		{"empty names", checkNamesEmptyNames},
	} {
		t.Run(c.name, func(t *testing.T) { c.check(t, s) })
	}
}

func checkNamesGoodNamesResolve(t *testing.T, s *Store) {
	for _, tt := range []struct {
		query  string
		params map[string]any
		keys   []string
	}{
		{"meetings-between", map[string]any{"a": "Vardy", "b": "Quan Liễu Thành"}, []string{tqVardy, tqThanh}},
		{"meetings-between", map[string]any{"a": "zoltan vardy", "b": "quan lieu thanh"}, []string{tqVardy, tqThanh}},
		{"meetings-between", map[string]any{"a": "Tổng thống Vardy", "b": "ông Thành"}, []string{tqVardy, tqThanh}},
		{"meetings-between", map[string]any{"a": "Vardyy", "b": tqMinh}, []string{tqVardy, tqMinh}},
		{"agreements-of", map[string]any{"party": "XA"}, []string{"XA"}},
		{"agreements-of", map[string]any{"party": "Xa-ba-ri-a"}, []string{"XB"}},
		{"summit-attendees", map[string]any{"summit": "", "org": "TQO", "year": "2031"}, []string{tqOrg}},
		{"summit-attendees", map[string]any{"summit": "TQO summit 2031", "org": nil, "year": nil}, []string{tqSummit}},
		{"evidence", map[string]any{"from": "Vardy", "to": "Vostrograd", "type": ""}, []string{tqVardy, tqCity}},
		{"shortest-path", map[string]any{"from": "Transquartic", "to": "Vostrograd Declaration"}, []string{tqOrg, tqDecl}},
		{"name-search", map[string]any{"q": "anything at all"}, nil},
		{"overview", nil, nil},
	} {
		rs, err := s.ResolveNames(context.Background(), lookup(t, tt.query), tt.params)
		require.NoError(t, err, "%s %v", tt.query, tt.params)
		var keys []string
		for _, r := range rs {
			keys = append(keys, r.Key)
		}
		assert.Equal(t, tt.keys, keys, "%s %v", tt.query, tt.params)
		require.NoError(t, s.CheckNames(context.Background(), lookup(t, tt.query), tt.params))
	}
	rs, err := s.ResolveNames(context.Background(), lookup(t, "meetings-between"), map[string]any{"a": tqVardy, "b": "Vardy"})
	require.NoError(t, err)
	assert.True(t, rs[0].Exact)
	assert.False(t, rs[1].Exact)
	assert.Equal(t, "Zoltan Vardy", rs[1].Name)
	assert.Equal(t, "Leader", rs[1].Label)
}

func checkNamesUnknownNameListsTheClosest(t *testing.T, s *Store) {
	err := s.CheckNames(context.Background(), lookup(t, "meetings-between"), map[string]any{"a": "Vardiiy", "b": "Quan Liễu Thành"})
	var nerr *NameError
	require.ErrorAs(t, err, &nerr)
	assert.Equal(t, "a", nerr.Param)
	assert.False(t, nerr.Ambiguous)
	assert.Contains(t, err.Error(), `no leader matches "Vardiiy" (parameter a); closest: Zoltan Vardy (Leader, test-q-zoltan-vardy)`)
}

func checkNamesUnknownNameWithNothingClose(t *testing.T, s *Store) {
	err := s.CheckNames(context.Background(), lookup(t, "co-attendance"), map[string]any{"leader": "Qqzxwv Jjkqpz"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `no leader matches "Qqzxwv Jjkqpz" (parameter leader)`)
}

func checkNamesOtherLabelSuggested(t *testing.T, s *Store) {
	// Xanadu is a country, not an organisation.
	err := s.CheckNames(context.Background(), lookup(t, "org-members"), map[string]any{"org": "Xanadu"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `no organisation matches "Xanadu" (parameter org); closest: Xanadu (Country, XA)`)
}

func checkNamesAmbiguousNameListsTheCandidates(t *testing.T, s *Store) {
	err := s.CheckNames(context.Background(), lookup(t, "leader-timeline"), map[string]any{"leader": "Quan Liễu"})
	var nerr *NameError
	require.ErrorAs(t, err, &nerr)
	assert.True(t, nerr.Ambiguous)
	assert.Contains(t, err.Error(), `"Quan Liễu" (parameter leader) could be several: `)
	assert.Contains(t, err.Error(), "Quan Lieu Minh (Leader, test-q-quan-lieu-minh)")
	assert.Contains(t, err.Error(), "Quan Lieu Thanh (Leader, test-q-quan-lieu-thanh)")
	assert.Contains(t, err.Error(), "give more of the name, or the key")
}

func checkNamesANameMatchingFewOfItsWords(t *testing.T, s *Store) {
	err := s.CheckNames(context.Background(), lookup(t, "co-attendance"), map[string]any{"leader": "Zoltan Thanh Minh"})
	var nerr *NameError
	require.ErrorAs(t, err, &nerr)
	assert.True(t, nerr.Weak || nerr.Ambiguous, "%v", err)
}

func checkNamesEmptyNames(t *testing.T, s *Store) {
	err := s.CheckNames(context.Background(), lookup(t, "meetings-between"), map[string]any{"a": "", "b": "Vardy"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "parameter a is empty")
	err = s.CheckNames(context.Background(), lookup(t, "summit-attendees"), map[string]any{"summit": "", "org": nil, "year": "2031"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "give one of the parameters summit, org")
	var nerr *NameError
	assert.False(t, errors.As(err, &nerr))
}

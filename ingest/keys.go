package ingest

// This file names things: the keys that make one real-world thing one node
// whatever article tells of it (docs/DESIGN.md, "Entity properties"), and
// the names an analyst reads.

import (
	"slices"
	"strconv"
	"strings"

	"kg/ingest/calendar"
)

// summitKey names a meeting so that every article that reports it gets the
// same key, and two events never share one: an organisation's summit by
// the most telling of what the text gives, its ordinal, else its month,
// else its year and city, else its year (ASEAN holds two summits a year,
// often in one city, and other bodies formal and informal ones); talks and
// calls by who took part and the month; a visit by one leader also by the
// country visited.
func (a *analysis) summitKey(m meeting) string {
	when := dateKey(m.date)
	if m.grp == "summit" {
		if m.org != "" {
			org := slug(m.org) + "-summit-"
			switch {
			case m.ordinal != 0:
				// "Hội nghị Cấp cao ASEAN lần thứ 47": the 46th and 47th
				// summits of one year are two nodes.
				return org + strconv.Itoa(m.ordinal)
			case m.date.Year != 0 && m.date.Month != 0:
				return org + when
			case m.date.Year != 0 && m.city != "":
				return org + strconv.Itoa(m.date.Year) + "-" + slug(m.city)
			case m.date.Year != 0:
				return org + strconv.Itoa(m.date.Year)
			}
			return joinKey(slug(m.org)+"-summit", placeKey(m), when)
		}
		if m.ordinal != 0 {
			// "Hội nghị cấp cao Mekong - Nhật Bản lần thứ 13" and "Hội
			// nghị cấp cao Đông Á (EAS) lần thứ 19" of one trip: two summits.
			return joinKey("summit", placeKey(m), when) + "-" + strconv.Itoa(m.ordinal)
		}
		if m.city == "" && m.country == "" && len(m.participants) > 0 {
			// Nothing places it: who was there tells it apart.
			return "summit-" + strings.Join(m.participants, "+") + "-" + when
		}
		return joinKey("summit", placeKey(m), when)
	}
	// "<grp>-<participants joined by +>", then for one leader the place
	// (joinKey leaves it out when empty), then the date: written in one
	// buffer, made a string once.
	key := make([]byte, 0, 64)
	key = append(append(key, m.grp...), '-')
	for i, p := range m.participants {
		if i > 0 {
			key = append(key, '+')
		}
		key = append(key, p...)
	}
	if len(m.participants) == 1 {
		if place := placeKey(m); place != "" {
			key = append(append(key, '-'), place...)
		}
		if when == "" {
			return string(key)
		}
	}
	return string(append(append(key, '-'), when...))
}

// meetingKeys returns the key of each meeting (summitKey), with two ways
// that keep apart two events of one article that would share a key:
//   - the second of two meetings held in different countries is keyed
//     also by its country: "Hồi tháng trước, A và B đã hội đàm tại Tokyo"
//     beside their talks planned at Busan, neither dated, are two
//     meetings, not one node;
//   - two calls of the same people in one month that the text keeps apart
//     by their days ("Ngày 18/3, Tổng thống Mỹ Donald Trump đã điện đàm
//     với Tổng thống Nga Vladimir Putin" and "Ngày 3/3, Tổng thống Trump
//     cũng đã điện đàm với Tổng thống Putin") are two nodes: the first
//     told keeps the month's key, the others add their day. Not talks: the
//     days of one visit are often told apart (its arrival, its talks), and
//     they are one event. A photo caption's call keeps the month's key, so
//     that the body's call of that month takes it in (toldInBody).
//
// (Calls have no place, so the two never meet.)
func (a *analysis) meetingKeys(ms []meeting) []string {
	keys := make([]string, len(ms))
	var placed map[string]string // key: the country of the meeting that has it
	var firstCall map[string]int // key: the call that has it
	for i, m := range ms {
		base := a.summitKey(m)
		k := base
		if c, ok := placed[base]; ok && c != "" && m.country != "" && c != m.country {
			k = joinKey(k, placeKey(m))
		} else if !ok {
			if placed == nil {
				placed = map[string]string{}
			}
			placed[base] = m.country
		}
		if m.grp == "call" && !m.caption && m.date.Day != 0 && a.anyoneKnown(m) {
			if firstCall == nil {
				firstCall = map[string]int{}
			}
			switch j, seen := firstCall[base]; {
			case !seen:
				firstCall[base] = i
			case ms[j].date.Day != m.date.Day:
				k += "-" + strconv.Itoa(m.date.Day/10) + strconv.Itoa(m.date.Day%10)
			}
		}
		keys[i] = k
	}
	return keys
}

// placeKey is the country of a meeting, else its city, else "" (left out
// of the key: "apec-summit-undated", not "apec-summit-somewhere-undated").
func placeKey(m meeting) string {
	if m.country != "" {
		return strings.ToLower(m.country)
	}
	return slug(m.city)
}

// dateKey is a date at month precision, or what the text gives.
func dateKey(d calendar.Date) string {
	switch {
	case d.Year != 0 && d.Month != 0:
		return calendar.Date{Year: d.Year, Month: d.Month}.ISO()
	case d.Year != 0:
		return calendar.Date{Year: d.Year}.ISO()
	case d.Month != 0:
		return strings.TrimPrefix(calendar.Date{Month: d.Month}.ISO(), "--")
	}
	return "undated"
}

func agreementKey(ag agreement) string {
	if ag.key != "" {
		return ag.key
	}
	if ag.name != "" && ag.proper && ag.kind != "joint_statement" {
		return "agreement-" + slug(ag.name)
	}
	// A joint statement is one per pair of parties and month, whatever the
	// article calls it; documents signed together differ by what they are about.
	if ag.name != "" && ag.name != defaultAgreementName(ag) && ag.kind != "joint_statement" && ag.kind != "declaration" {
		// A description ("bản ghi nhớ về hợp tác nghề cá") is only unique
		// with its parties and date.
		return joinKey("agreement", slug(ag.name), strings.ToLower(strings.Join(ag.parties, "-")), dateKey(ag.date))
	}
	sides := strings.ToLower(strings.Join(ag.parties, "-"))
	if sides == "" {
		sides = strings.ToLower(ag.org) // an organisation's own statement: "declaration-brics-2023-08"
	}
	return joinKey(ag.kind, sides, dateKey(ag.date))
}

// joinKey joins the parts of a key with "-", leaving out the empty ones: a
// document with no known side is "agreement-<name>-<date>", not "...--...".
func joinKey(parts ...string) string {
	return strings.Join(slices.DeleteFunc(parts, func(p string) bool { return p == "" }), "-")
}

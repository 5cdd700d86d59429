package gazetteer

import (
	"regexp"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// unMembers are the 193 member states of the United Nations.
var unMembers = strings.Fields(`
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI
CV KH CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE
SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM
JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD
MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG KP MK NO OM PK PW PA PG PY PE PH PL PT QA
KR RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH
SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN YE ZM ZW`)

func TestGazetteerParses(t *testing.T) {
	g := Default()
	require.NotNil(t, g)

	lines := 0
	for _, l := range g.Leaders {
		lines += len(l.Tenures)
	}
	assert.Len(t, unMembers, 193)
	for _, iso := range unMembers {
		assert.Contains(t, g.Countries, iso, "UN member %s missing", iso)
	}
	for _, iso := range []string{"PS", "VA", "TW", "XK", "HK", "MO"} {
		assert.Contains(t, g.Countries, iso)
	}
	assert.GreaterOrEqual(t, len(g.Countries), 199)
	assert.GreaterOrEqual(t, len(g.Cities), 300)
	assert.GreaterOrEqual(t, lines, 350, "leader lines (tenures)")
	assert.GreaterOrEqual(t, len(g.Orgs), 49)
	assert.NotEmpty(t, g.Venues)
	assert.NotEmpty(t, g.Titles)
	assert.Same(t, g, Default(), "parsed once")
}

func TestGazetteerCountries(t *testing.T) {
	g := Default()
	iso := regexp.MustCompile(`^[A-Z]{2}$`)
	forms := map[string]string{}
	shorts := map[string]string{}
	for k, c := range g.Countries {
		assert.Equal(t, k, c.ISO2)
		assert.Regexp(t, iso, c.ISO2)
		assert.NotEmpty(t, c.Name, c.ISO2)
		assert.NotEmpty(t, c.NamesVI, c.ISO2)
		for _, n := range countryForms(c) {
			checkForm(t, n, "country "+c.ISO2)
			uniqueForm(t, forms, n, c.ISO2, "country form")
		}
		for _, n := range c.Short {
			checkForm(t, n, "country short "+c.ISO2)
			assert.NotContains(t, n, " ", "short forms are one syllable: %q", n)
			uniqueForm(t, shorts, n, c.ISO2, "country short form")
		}
	}
}

func TestGazetteerOrganizations(t *testing.T) {
	g := Default()
	acr := regexp.MustCompile(`^[A-Za-z0-9_]+$`)
	forms := map[string]string{}
	for k, o := range g.Orgs {
		assert.Equal(t, k, o.Acronym)
		assert.Regexp(t, acr, o.Acronym)
		assert.NotEmpty(t, o.Name, o.Acronym)
		assert.NotEmpty(t, o.NamesVI, o.Acronym)
		for _, n := range orgForms(o) {
			checkForm(t, n, "org "+o.Acronym)
			uniqueForm(t, forms, n, o.Acronym, "organisation form")
		}
	}
	for _, a := range strings.Fields(`UN UNSC UNGA ASEAN APEC G7 G20 NATO EU SCO BRICS CIS CSTO EAEU WTO IMF WB WHO
		OPEC AU ARAB_LEAGUE GCC OIC QUAD AUKUS CPTPP RCEP IAEA UNESCO ASEM EAS ARF MLC MUSP OSCE OECD NAM CELAC
		MERCOSUR ECOWAS SAARC BIMSTEC AIIB ADB INTERPOL ICC IOC CICA`) {
		assert.Contains(t, g.Orgs, a)
	}
}

func TestGazetteerCities(t *testing.T) {
	g := Default()
	forms := map[string]string{}
	for k, c := range g.Cities {
		assert.Equal(t, k, c.Key)
		assert.Equal(t, keySlug(c.Name), c.Key, "city key is the slug of its name")
		assert.Contains(t, g.Countries, c.Country, "city %s", c.Key)
		for _, n := range cityForms(c) {
			checkForm(t, n, "city "+c.Key)
			uniqueForm(t, forms, n, c.Key, "city form")
		}
	}
	for _, v := range g.Venues {
		checkForm(t, v.Name, "venue")
		assert.Contains(t, g.Cities, v.City, "venue %q", v.Name)
	}
}

func TestGazetteerLeaders(t *testing.T) {
	g := Default()
	names := map[string]string{}
	assert.Len(t, g.LeaderList(), len(g.Leaders))
	for k, l := range g.Leaders {
		assert.Equal(t, k, l.Key)
		assert.Equal(t, keySlug(l.Name), l.Key, "leader key is the slug of its name")
		assert.Contains(t, l.Names, l.Name)
		if l.NameVI != "" {
			assert.Contains(t, l.Names, l.NameVI)
		}
		if l.Country != "" {
			assert.Contains(t, g.Countries, l.Country, "leader %s", k)
		}
		require.NotEmpty(t, l.Tenures, k)
		for _, tn := range l.Tenures {
			if tn.Country != "" {
				assert.Contains(t, g.Countries, tn.Country, "leader %s", k)
			}
			assert.NotZero(t, tn.From, "leader %s has a tenure without dates", k)
			assert.True(t, tn.To == 0 || tn.To >= tn.From, "leader %s tenure %v", k, tn)
			assert.Equal(t, tn.Role, strings.TrimSpace(tn.Role))
			for _, w := range strings.Fields(tn.Role) {
				if w != strings.ToUpper(w) { // acronyms (UN, NATO) keep their case
					assert.Equal(t, strings.ToLower(w), w, "leader %s role %q is lower case", k, tn.Role)
				}
			}
		}
		for _, n := range l.Names {
			checkForm(t, n, "leader "+k)
			uniqueForm(t, names, n, k, "leader name")
		}
		for _, n := range l.Short {
			checkForm(t, n, "leader short "+k)
		}
	}
}

func TestGazetteerTitles(t *testing.T) {
	g := Default()
	seen := map[string]bool{}
	for i, tt := range g.Titles {
		checkForm(t, tt.VI, "title")
		assert.Contains(t, Ranks, tt.Rank, tt.VI)
		assert.False(t, seen[formKey(tt.VI)], "duplicate title %q", tt.VI)
		seen[formKey(tt.VI)] = true
		if i > 0 {
			assert.GreaterOrEqual(t, len([]rune(g.Titles[i-1].VI)), len([]rune(tt.VI)), "titles are sorted longest first")
		}
	}
	for _, vi := range []string{"Tổng thống", "TT", "Chủ tịch nước", "Chủ tịch", "Chủ tịch Hạ viện", "Chủ tịch Quốc hội",
		"Tổng Bí thư", "Thủ tướng", "Thủ tướng Chính phủ", "Phó Thủ tướng", "Phó Tổng thống", "Quốc vương", "Nhà vua",
		"Hoàng đế", "Thái tử", "Ngoại trưởng", "Bộ trưởng Ngoại giao", "Bộ trưởng Quốc phòng", "Bộ trưởng", "Thứ trưởng",
		"Tổng thư ký", "Trợ lý Tổng thống", "Cố vấn", "Phát ngôn viên", "Người phát ngôn", "Đại sứ", "Tổng thống đắc cử",
		"Thượng nghị sĩ", "Nghị sĩ", "Lãnh đạo", "Nhà lãnh đạo", "Ông", "Bà", "Ngài", "phóng viên", "nhà báo",
		"nhà phân tích", "chuyên gia", "giáo sư", "tiến sĩ", "nhà nghiên cứu", "biên tập viên"} {
		assert.True(t, seen[formKey(vi)], "title %q missing", vi)
	}
}

// checkForm asserts a surface form is clean: NFC, trimmed, non-empty, no separators.
func checkForm(t *testing.T, s, where string) {
	t.Helper()
	assert.NotEmpty(t, s, where)
	assert.True(t, norm.NFC.IsNormalString(s), "%s: %q is not NFC", where, s)
	assert.Equal(t, strings.TrimSpace(s), s, "%s: %q has outer spaces", where, s)
	assert.NotContains(t, s, "\t", where)
	assert.NotContains(t, s, "|", where)
	assert.NotContains(t, s, "  ", where)
}

// uniqueForm records that form belongs to owner and fails when another owner has it.
func uniqueForm(t *testing.T, seen map[string]string, form, owner, what string) {
	t.Helper()
	k := formKey(form)
	if prev, ok := seen[k]; ok && prev != owner {
		t.Errorf("%s %q belongs to both %s and %s", what, form, prev, owner)
	}
	seen[k] = owner
}

func TestGazetteerLookups(t *testing.T) {
	g := Default()
	leader := func(s string) string {
		if l := g.LeaderByName(s); l != nil {
			return l.Key
		}
		return ""
	}
	country := func(s string) string {
		if c := g.CountryByName(s); c != nil {
			return c.ISO2
		}
		return ""
	}
	city := func(s string) string {
		if c := g.CityByName(s); c != nil {
			return c.Key
		}
		return ""
	}
	org := func(s string) string {
		if o := g.OrgByName(s); o != nil {
			return o.Acronym
		}
		return ""
	}
	venue := func(s string) string {
		if c := g.VenueCity(s); c != nil {
			return c.Key
		}
		return ""
	}
	short := func(s string) string {
		if c := g.CountryByShort(s); c != nil {
			return c.ISO2
		}
		return ""
	}
	tests := []struct {
		lookup func(string) string
		in     string
		want   string
	}{
		{leader, "Tập Cận Bình", "xi-jinping"},
		{leader, "Xi Jinping", "xi-jinping"},
		{leader, "tập cận bình", "xi-jinping"},
		{leader, "Vladimir Putin", "vladimir-putin"},
		{leader, "Putin", "vladimir-putin"},
		{leader, "Vla-đi-mia Pu-tin", "vladimir-putin"},
		{leader, "Sergey Lavrov", "sergei-lavrov"},
		{leader, "Sergei Lavrov", "sergei-lavrov"},
		{leader, "Xécgây Lavrốp", "sergei-lavrov"},
		{leader, "Ukhnaa Khurelsukh", "ukhnaagiin-khurelsukh"},
		{leader, "Yuri Ushakov", "yuri-ushakov"},
		{leader, "Vương Nghị", "wang-yi"},
		{leader, "Lý Cường", "li-qiang"},
		{leader, "Kassym-Jomart Tokayev", "kassym-jomart-tokayev"},
		{leader, "Shavkat Mirziyoyev", "shavkat-mirziyoyev"},
		{leader, "Nancy Pelosi", "nancy-pelosi"},
		{leader, "Donald Trump", "donald-trump"},
		{leader, "Murat Nurtleu", "murat-nurtleu"},
		{leader, "Tô Lâm", "to-lam"},
		{leader, "To Lam", "to-lam"},
		{leader, "Lương Cường", "luong-cuong"},
		{leader, "Phạm Minh Chính", "pham-minh-chinh"},
		{leader, "Bùi Thanh Sơn", "bui-thanh-son"},
		{leader, "Nguyễn Phú Trọng", "nguyen-phu-trong"},
		{leader, "Kishida Fumio", "fumio-kishida"},
		{leader, "Kim Jong-un", "kim-jong-un"},
		{leader, "Mao Ninh", "mao-ning"},
		{leader, "Lâm Kiếm", "lin-jian"},
		{leader, "Maria Zakharova", "maria-zakharova"},
		{leader, "Dmitry Peskov", "dmitry-peskov"},
		{leader, "António Guterres", "antonio-guterres"},
		{leader, "Tập", ""}, // short forms are not full names
		{country, "Hàn Quốc", "KR"},
		{country, "Mỹ", "US"},
		{country, "Hoa Kỳ", "US"},
		{country, "Liên bang Nga", "RU"},
		{country, "Trung Quốc", "CN"},
		{country, "CHDCND Triều Tiên", "KP"},
		{country, "Ả Rập Xê Út", "SA"},
		{country, "UAE", "AE"},
		{country, "Bờ Biển Ngà", "CI"},
		{country, "Thổ Nhĩ Kỳ", "TR"},
		{country, "Uzbekistan", "UZ"},
		{country, "Kazakhstan", "KZ"},
		{country, "Ukraine", "UA"},
		{country, "United States", "US"},
		{country, "Đài Loan", "TW"},
		{country, "Tòa Thánh Vatican", "VA"},
		{country, "Trung", ""}, // compound-only
		{short, "Trung", "CN"},
		{short, "Việt", "VN"},
		{short, "Xô", "SU"},
		{short, "Triều", "KP"},
		{city, "Nursultan", "astana"},
		{city, "Nur-Sultan", "astana"},
		{city, "Astana", "astana"},
		{city, "Mátxcơva", "moscow"},
		{city, "Moskva", "moscow"},
		{city, "Moscow", "moscow"},
		{city, "Bắc Kinh", "beijing"},
		{city, "Samarkand", "samarkand"},
		{city, "Tây An", "xian"},
		{city, "Giơ-ne-vơ", "geneva"},
		{city, "Niu Oóc", "new-york"},
		{city, "Oa-sinh-tơn", "washington"},
		{city, "TP.HCM", "ho-chi-minh-city"},
		{city, "Sài Gòn", "ho-chi-minh-city"},
		{city, "Viêng Chăn", "vientiane"},
		{city, "Vietiane", "vientiane"}, // a misspelling the press prints ("hạ cánh xuống sân bay quốc tế Wattay, Vietiane, Lào")
		{city, "Đà Nẵng", "da-nang"},
		{city, "Hà Nội", "hanoi"},
		{org, "Tổ chức Hợp tác Thượng Hải", "SCO"},
		{org, "SCO", "SCO"},
		{org, "Liên Hợp Quốc", "UN"},
		{org, "LHQ", "UN"},
		{org, "Tổ chức Giáo dục, Khoa học và Văn hóa của Liên hợp quốc", "UNESCO"}, // "của": the UN named in it is no org of its own
		{org, "Hiệp hội các quốc gia Đông Nam Á", "ASEAN"},
		{org, "Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương", "APEC"},
		{org, "Tổ chức Hiệp ước Bắc Đại Tây Dương", "NATO"},
		{org, "Liên minh châu Âu", "EU"},
		{org, "Nhóm các nền kinh tế phát triển và mới nổi", "G20"},
		{org, "Hội nghị Cấp cao Đông Á", "EAS"},
		{org, "Arab League", "ARAB_LEAGUE"},
		{venue, "Điện Kremlin", "moscow"},
		{venue, "Đại lễ đường Nhân dân", "beijing"},
		{venue, "Nhà Trắng", "washington"},
		{venue, "Trụ sở Liên Hợp Quốc", "new-york"},
		{venue, "Phủ Chủ tịch", "hanoi"},
		{venue, "trụ sở Văn phòng Chính phủ", "hanoi"},
		{venue, "Hoàng cung Campuchia", "phnom-penh"},   // "tại Hoàng cung Campuchia, Quốc vương ... hội kiến"
		{venue, "Cung điện Hoàng gia Nhật", "tokyo"},    // "tại Cung điện Hoàng gia Nhật ngày 27-10"
		{venue, "Dinh Tổng thống Myanmar", "naypyidaw"}, // the seat named with its country, as for the others
		{venue, "Cung điện Ciragan", "istanbul"},        // "đàm phán ... tại Cung điện Ciragan ở Istanbul"
		{venue, "Phủ Tổng thống Malacañang", "manila"},  // the palace named with the seat's title
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, tc.lookup(tc.in), "lookup %q", tc.in)
	}
	assert.ElementsMatch(t, []string{"xi-jinping"}, keysOf(g.LeadersByShort("Tập")))
	assert.Contains(t, keysOf(g.LeadersByShort("Chính")), "pham-minh-chinh")
}

func keysOf(ls []*Leader) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l.Key
	}
	sort.Strings(out)
	return out
}

func TestGazetteerRoles(t *testing.T) {
	g := Default()
	tests := []struct {
		key     string
		year    int
		role    string
		country string
	}{
		{"vladimir-putin", 2005, "president", "RU"},
		{"vladimir-putin", 2010, "prime minister", "RU"},
		{"vladimir-putin", 2022, "president", "RU"},
		{"vladimir-putin", 0, "president", "RU"},
		{"vladimir-putin", 1990, "", ""},
		{"xi-jinping", 2022, "president", "CN"},
		{"xi-jinping", 2010, "vice president", "CN"},
		{"to-lam", 2020, "minister of public security", "VN"},
		{"to-lam", 0, "general secretary", "VN"},
		{"wang-yi", 2023, "foreign minister", "CN"},
		{"mark-rutte", 2019, "prime minister", "NL"},
		{"mark-rutte", 0, "NATO secretary general", ""},
		{"antonio-guterres", 0, "UN secretary-general", ""},
		{"nancy-pelosi", 2022, "speaker of the house of representatives", "US"},
		{"yuri-ushakov", 2022, "presidential aide", "RU"},
		{"ukhnaagiin-khurelsukh", 2019, "prime minister", "MN"},
		{"ukhnaagiin-khurelsukh", 2022, "president", "MN"},
		{"nguyen-phu-trong", 0, "general secretary", "VN"},
	}
	for _, tc := range tests {
		l := g.Leaders[tc.key]
		require.NotNil(t, l, tc.key)
		assert.Equal(t, tc.role, l.RoleAt(tc.year), "%s in %d", tc.key, tc.year)
		assert.Equal(t, tc.country, l.CountryAt(tc.year), "%s in %d", tc.key, tc.year)
	}
	assert.Equal(t, "RU", g.Leaders["vladimir-putin"].Country)
	assert.Equal(t, "", g.Leaders["antonio-guterres"].Country)
	assert.Equal(t, "Tập Cận Bình", g.Leaders["xi-jinping"].NameVI)
}

func TestGazetteerTitleAt(t *testing.T) {
	g := Default()
	tests := []struct {
		in, role, rank string
		n              int
	}{
		{"Tổng thống Nga Vladimir Putin", "president", "head_of_state", len("Tổng thống")},
		{"Thủ tướng Chính phủ Phạm Minh Chính", "prime minister", "head_of_government", len("Thủ tướng Chính phủ")},
		{"Bộ trưởng Ngoại giao Bùi Thanh Sơn", "foreign minister", "minister", len("Bộ trưởng Ngoại giao")},
		{"trợ lý tổng thống Nga Yuri Ushakov", "presidential aide", "official", len("trợ lý tổng thống")},
		{"phóng viên Stephen McDonell", "reporter", "non_official", len("phóng viên")},
		{"TT Putin", "president", "head_of_state", len("TT")},
		{"TTXVN đưa tin", "", "", 0},
		{"Ông Tập", "mister", "honorific", len("Ông")},
	}
	for _, tc := range tests {
		tt, n, ok := g.TitleAt(tc.in)
		assert.Equal(t, tc.n > 0, ok, tc.in)
		assert.Equal(t, tc.n, n, tc.in)
		assert.Equal(t, tc.role, tt.Role, tc.in)
		assert.Equal(t, tc.rank, tt.Rank, tc.in)
	}
}

func TestGazetteerParseErrors(t *testing.T) {
	valid := fstest.MapFS{
		CountriesFile:     {Data: []byte("# c\nVN\tVietnam\tViệt Nam\tViet Nam\tViệt\nCN\tChina\tTrung Quốc\t\tTrung\n")},
		OrganizationsFile: {Data: []byte("ASEAN\tAssociation of Southeast Asian Nations\tHiệp hội các quốc gia Đông Nam Á\tASEAN\n")},
		CitiesFile:        {Data: []byte("hanoi\tHanoi\tVN\tHà Nội\tHa Noi\n")},
		VenuesFile:        {Data: []byte("Phủ Chủ tịch\thanoi\n")},
		LeadersFile: {Data: []byte("xi-jinping\tXi Jinping\tTập Cận Bình\tCN\tpresident\t2013-\tXi Jinping\tTập\n" +
			"xi-jinping\tXi Jinping\t\tCN\tvice president\t2008-2013\t\t\n" +
			"ban-ki-moon\tBan Ki-moon\t\t\tUN secretary-general\t2007-2016|2020\n")},
		TitlesFile: {Data: []byte("Chủ tịch\tpresident\thead_of_state\nChủ tịch nước\tpresident\thead_of_state\n")},
	}
	g, err := Parse(valid)
	require.NoError(t, err)
	xi := g.Leaders["xi-jinping"]
	require.NotNil(t, xi)
	assert.Len(t, xi.Tenures, 2)
	assert.Equal(t, []string{"Xi Jinping", "Tập Cận Bình"}, xi.Names)
	assert.Equal(t, "vice president", xi.RoleAt(2010))
	assert.Len(t, g.Leaders["ban-ki-moon"].Tenures, 2)
	assert.Equal(t, "Chủ tịch nước", g.Titles[0].VI, "longest first")

	tests := []struct {
		name, file, data, want string
	}{
		{"lower iso2", CountriesFile, "vn\tVietnam\tViệt Nam\n", "countries.tsv:1"},
		{"duplicate iso2", CountriesFile, "VN\tVietnam\tViệt Nam\nVN\tViet Nam\tViệt Nam\n", "countries.tsv:2: duplicate"},
		{"too few fields", CountriesFile, "VN\tVietnam\n", "countries.tsv:1: 2 fields"},
		{"unknown city country", CitiesFile, "# x\nhanoi\tHanoi\tXX\tHà Nội\n", "cities.tsv:2: city hanoi: unknown country"},
		{"bad city key", CitiesFile, "Ha Noi\tHanoi\tVN\tHà Nội\n", "cities.tsv:1"},
		{"unknown state", CitiesFile, "hanoi\tHanoi\tVN\tHà Nội\t\tbac-bo\n", "city hanoi lies within \"bac-bo\""},
		{"state of another country", CitiesFile, "hanoi\tHanoi\tVN\tHà Nội\t\tyunnan\nyunnan\tYunnan\tCN\tVân Nam\n", "city hanoi lies within \"yunnan\""},
		{"unknown venue city", VenuesFile, "Nhà Trắng\twashington\n", "venues.tsv:1"},
		{"bad tenure", LeadersFile, "a-b\tA B\t\tVN\tpresident\tsince 2001\t\t\n", "leaders.tsv:1"},
		{"reversed tenure", LeadersFile, "a-b\tA B\t\tVN\tpresident\t2010-2001\t\t\n", "ends before"},
		{"name clash", LeadersFile, "a-b\tA B\t\tVN\tpresident\t2001-\t\t\na-b\tA C\t\tVN\tpresident\t2001-\t\t\n", "leaders.tsv:2"},
		{"bad rank", TitlesFile, "Vua\tking\tmonarch\n", "titles.tsv:1"},
		{"duplicate title", TitlesFile, "Vua\tking\thead_of_state\nVUA\tking\thead_of_state\n", "titles.tsv:2"},
		{"bad acronym", OrganizationsFile, "OPEC+\tOPEC Plus\tOPEC+\t\n", "organizations.tsv:1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for k, v := range valid {
				fsys[k] = v
			}
			fsys[tc.file] = &fstest.MapFile{Data: []byte(tc.data)}
			_, err := Parse(fsys)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
	missing := fstest.MapFS{CountriesFile: valid[CountriesFile]}
	_, err = Parse(missing)
	assert.Error(t, err)
}

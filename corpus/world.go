package corpus

import (
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"kg/ingest/gazetteer"
	"kg/model"
)

// The world the generator writes about: the gazetteer (countries, cities,
// organisations, leaders with their tenures) plus a little knowledge the
// gazetteer does not hold — capitals, memberships, which roles a Vietnamese
// title names — kept here as data.

// rank groups the offices that meet each other.
type rank uint8

const (
	rNone   rank = iota
	rTop         // heads of state and government
	rFM          // foreign ministers
	rDef         // defence ministers
	rSpokes      // foreign-ministry spokespeople
)

// office is one leader in one office.
type office struct {
	l     *gazetteer.Leader
	t     gazetteer.Tenure
	rank  rank
	iso   string
	name  string // full Vietnamese-press form
	short string // form valid after a title or honorific, "" if none
	fem   bool
}

// pool holds the offices valid in one month, by country.
type pool struct {
	by   [5]map[string][]*office // by rank, then ISO2
	isos [5][]string             // countries that have offices of the rank, sorted
}

type orgInfo struct {
	acr     string
	org     *gazetteer.Org
	summit  []string
	founded int
	ships   []mship
}

// mship is a membership valid from one year (and month, 0 for the whole
// year) to another (to 0: still).
type mship struct {
	iso, org        string
	status          model.MembershipStatus
	from, fromM, to int
}

// validAt reports whether s holds through year y (month m, 0: the whole
// year): strictly after the year it began (or from its month on), strictly
// before the year it ended.
func (s mship) validAt(y, m int) bool {
	started := s.from < y || s.fromM > 0 && s.from == y && m >= s.fromM
	return started && (s.to == 0 || y < s.to)
}

type world struct {
	g       *gazetteer.Gazetteer
	capital map[string]*gazetteer.City
	cities  map[string][]*gazetteer.City // by ISO2: capital first, then others by key
	venues  map[string][]string          // city key -> Vietnamese venue names
	pools   map[int]*pool                // key year*12+month-1
	orgs    map[string]*orgInfo
	summits []string // acronyms of organisations that hold summits, sorted
	ships   []mship
}

const (
	minYear = 2013
	maxYear = 2025
)

var (
	worldOnce sync.Once
	theWorld  *world
)

func getWorld() *world {
	worldOnce.Do(func() { theWorld = buildWorld(gazetteer.Default()) })
	return theWorld
}

// excluded territories: their leaders are not used (contested status).
var excluded = map[string]bool{"TW": true, "HK": true, "PS": true, "VA": true, "MO": true, "XK": true}

// capitals, ISO2=city key, checked against the gazetteer by the tests.
const capitalList = `AF=kabul AL=tirana DZ=algiers AO=luanda AR=buenos-aires AM=yerevan AU=canberra AT=vienna AZ=baku BH=manama BD=dhaka BY=minsk BE=brussels BO=la-paz BR=brasilia BN=bandar-seri-begawan BG=sofia BF=ouagadougou KH=phnom-penh CA=ottawa CL=santiago CN=beijing CO=bogota CD=kinshasa CU=havana CZ=prague DK=copenhagen EG=cairo SV=san-salvador EE=tallinn ET=addis-ababa FI=helsinki FR=paris GE=tbilisi DE=berlin GH=accra GR=athens HU=budapest IN=new-delhi ID=jakarta IR=tehran IQ=baghdad IL=jerusalem IT=rome JP=tokyo JO=amman KZ=astana KE=nairobi KW=kuwait-city KG=bishkek LA=vientiane LB=beirut MY=kuala-lumpur MX=mexico-city MD=chisinau MN=ulaanbaatar MA=rabat MZ=maputo MM=naypyidaw NL=amsterdam NZ=wellington NI=managua NG=abuja KP=pyongyang NO=oslo OM=muscat PK=islamabad PA=panama-city PG=port-moresby PE=lima PH=manila PL=warsaw PT=lisbon QA=doha KR=seoul RU=moscow RW=kigali SA=riyadh SN=dakar RS=belgrade SG=singapore SK=bratislava ZA=pretoria ES=madrid LK=colombo SD=khartoum SE=stockholm SY=damascus TJ=dushanbe TZ=dodoma TH=bangkok TL=dili TN=tunis TR=ankara TM=ashgabat UG=kampala UA=kyiv AE=abu-dhabi GB=london US=washington UY=montevideo UZ=tashkent VE=caracas VN=hanoi ZW=harare`

// female leaders, for "bà" instead of "ông".
const femaleList = `vo-thi-anh-xuan dang-thi-ngoc-thinh nguyen-thi-kim-ngan pham-thu-hang le-thi-thu-hang mao-ning hua-chunying tsai-ing-wen carrie-lam maria-zakharova valentina-matviyenko yulia-svyrydenko maia-sandu park-geun-hye kang-kyung-wha kim-yo-jong choe-son-hui sanae-takaichi yoko-kamikawa droupadi-murmu sushma-swaraj sheikh-hasina kamala-harris hillary-clinton susan-rice nancy-pelosi karoline-leavitt karine-jean-pierre jen-psaki janet-yellen gina-raimondo katherine-tai tulsi-gabbard melanie-joly anita-anand chrystia-freeland claudia-sheinbaum dilma-rousseff cristina-fernandez-de-kirchner delcy-rodriguez dina-boluarte liz-truss theresa-may yvette-cooper elizabeth-ii angela-merkel annalena-baerbock elisabeth-borne catherine-colonna giorgia-meloni mette-frederiksen kaja-kallas ursula-von-der-leyen federica-mogherini catherine-ashton roberta-metsola christine-lagarde ngozi-okonjo-iweala kristalina-georgieva audrey-azoulay kirsty-coventry halimah-yacob paetongtarn-shinawatra yingluck-shinawatra retno-marsudi sara-duterte theresa-lazaro aung-san-suu-kyi julia-gillard penny-wong marise-payne julie-bishop jacinda-ardern naledi-pandor samia-suluhu-hassan`

// rankOf maps a gazetteer role to the offices the generator uses.
func rankOf(role string) rank {
	switch role {
	case "president", "prime minister", "general secretary", "king", "emir", "sultan", "supreme leader",
		"chief adviser", "state counsellor", "chairman of the cabinet of ministers":
		return rTop
	case "foreign minister":
		return rFM
	case "defence minister":
		return rDef
	case "spokesperson":
		return rSpokes
	}
	return rNone
}

// titlesFor returns the Vietnamese titles for a role in a country (all in
// titles.tsv; the tests check).
func titlesFor(role, iso string) []string {
	switch role {
	case "president":
		switch iso {
		case "VN":
			return []string{"Chủ tịch nước"}
		case "CN", "LA", "CU":
			return []string{"Chủ tịch"}
		}
		return []string{"Tổng thống"}
	case "prime minister":
		return []string{"Thủ tướng"}
	case "general secretary":
		return []string{"Tổng Bí thư"}
	case "king":
		return []string{"Quốc vương", "Nhà vua"}
	case "emir":
		return []string{"Tiểu vương"}
	case "sultan":
		return []string{"Quốc vương"}
	case "supreme leader":
		if iso == "KP" {
			return []string{"Nhà lãnh đạo tối cao"}
		}
		return []string{"Lãnh tụ tối cao"}
	case "chief adviser":
		return []string{"Cố vấn trưởng"}
	case "state counsellor":
		return []string{"Cố vấn Nhà nước"}
	case "chairman of the cabinet of ministers":
		return []string{"Chủ tịch Nội các"}
	case "foreign minister":
		switch iso {
		case "VN":
			return []string{"Bộ trưởng Ngoại giao"}
		case "US":
			return []string{"Ngoại trưởng"}
		}
		return []string{"Ngoại trưởng", "Bộ trưởng Ngoại giao"}
	case "defence minister":
		return []string{"Bộ trưởng Quốc phòng"}
	case "spokesperson":
		return []string{"Người phát ngôn Bộ Ngoại giao", "Phát ngôn viên Bộ Ngoại giao"}
	}
	return nil
}

// memberData lists memberships: org status from-to ISO2... ("-" as to: still).
// Founding members carry the founding year.
const memberData = `
ASEAN founding_member 1967 - ID MY PH SG TH
ASEAN member 1984 - BN
ASEAN member 1995 - VN
ASEAN member 1997 - LA MM
ASEAN member 1999 - KH
ASEAN member 2025.11 - TL
ASEAN observer 1976 - PG
ASEAN observer 2022.12 2025 TL
ASEAN applicant 2011 2025 TL
SCO founding_member 2001 - CN RU KZ KG TJ UZ
SCO member 2017 - IN PK
SCO member 2023.8 - IR
SCO member 2024.8 - BY
SCO observer 2004 - MN
SCO observer 2005 2017 IN PK
SCO observer 2005 2023 IR
SCO observer 2015 2024 BY
BRICS founding_member 2009 - BR RU IN CN
BRICS member 2010 - ZA
BRICS member 2024.2 - EG ET IR AE
BRICS member 2025.2 - ID
BRICS partner 2025.1 - BY BO KZ CU MY TH UG UZ NG
BRICS partner 2025.7 - VN
G7 founding_member 1975 - FR DE IT JP GB US
G7 member 1976 - CA
G20 founding_member 1999 - AR AU BR CA CN FR DE IN ID IT JP KR MX RU SA ZA TR GB US
NATO founding_member 1949 - BE CA DK FR IS IT LU NL NO PT GB US
NATO member 1952 - GR TR
NATO member 1955 - DE
NATO member 1982 - ES
NATO member 1999 - CZ HU PL
NATO member 2004 - BG EE LV LT RO SK SI
NATO member 2009 - AL HR
NATO member 2017 - ME
NATO member 2020 - MK
NATO member 2023.5 - FI
NATO member 2024.4 - SE
NATO applicant 2022.6 2023 FI
NATO applicant 2022.6 2024 SE
NATO applicant 2022.10 - UA
EU founding_member 1957 - BE FR DE IT LU NL
EU member 1973 - DK IE
EU member 1973 2020 GB
EU member 1981 - GR
EU member 1986 - ES PT
EU member 1995 - AT FI SE
EU member 2004 - CY CZ EE HU LV LT MT PL SK SI
EU member 2007 - BG RO
EU member 2013 - HR
EU applicant 1987 - TR
EU applicant 2009 - RS AL
EU applicant 2022.4 - UA MD
APEC founding_member 1989 - AU BN CA ID JP KR MY NZ PH SG TH US
APEC member 1991 - CN
APEC member 1993 - MX PG
APEC member 1994 - CL
APEC member 1998 - PE RU VN
CPTPP founding_member 2018 - AU BN CA CL JP MY MX NZ PE SG VN
CPTPP member 2024 - GB
CPTPP applicant 2021.10 - CN
CPTPP applicant 2021.12 - EC
CPTPP applicant 2022.9 - CR
CPTPP applicant 2022.12 - UY
CPTPP applicant 2023.6 - UA
CPTPP applicant 2024.10 - ID
WTO member 2001 - CN
WTO member 2007 - VN
WTO member 2012 - RU
WTO member 2013 - LA
WTO member 2015 - KZ
UN member 1977 - VN
OPEC founding_member 1960 - IR IQ KW SA VE
OPEC member 1967 - AE
OPEC member 1969 - DZ
OPEC member 1971 - NG
CSTO founding_member 1992 - RU AM KZ KG TJ
CSTO member 1993 - BY
EAEU founding_member 2015 - RU BY KZ
EAEU member 2015 - AM KG
EAEU observer 2018 - MD
EAEU observer 2020 - UZ CU
GCC founding_member 1981 - BH KW OM QA SA AE
MERCOSUR founding_member 1991 - AR BR PY UY
MERCOSUR member 2024 - BO
QUAD founding_member 2007 - US JP IN AU
OIF member 1970 - VN FR KH LA
`

// summitNames: how the press names an organisation's summit; the first
// words name the meeting, the organisation follows.
var summitNames = map[string][]string{
	"ASEAN":    {"Hội nghị Cấp cao ASEAN lần thứ {N}", "Hội nghị Cấp cao Hiệp hội các quốc gia Đông Nam Á (ASEAN) lần thứ {N}"},
	"SCO":      {"Hội nghị thượng đỉnh SCO", "Hội nghị thượng đỉnh Tổ chức Hợp tác Thượng Hải (SCO)", "Hội nghị thượng đỉnh Tổ chức Hợp tác Thượng Hải"},
	"BRICS":    {"Hội nghị thượng đỉnh BRICS lần thứ {N}", "Hội nghị thượng đỉnh BRICS", "Hội nghị thượng đỉnh Nhóm các nền kinh tế mới nổi BRICS"},
	"G7":       {"Hội nghị thượng đỉnh G7", "Hội nghị thượng đỉnh Nhóm các nước công nghiệp phát triển hàng đầu thế giới (G7)"},
	"G20":      {"Hội nghị thượng đỉnh G20", "Hội nghị thượng đỉnh Nhóm các nền kinh tế phát triển và mới nổi (G20)"},
	"NATO":     {"Hội nghị thượng đỉnh NATO", "Hội nghị thượng đỉnh Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO)"},
	"APEC":     {"Hội nghị Cấp cao APEC", "Hội nghị các nhà lãnh đạo kinh tế APEC", "Hội nghị Cấp cao Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương (APEC)"},
	"EU":       {"Hội nghị thượng đỉnh EU", "Hội nghị thượng đỉnh Liên minh châu Âu (EU)"},
	"CSTO":     {"Hội nghị thượng đỉnh CSTO", "Hội nghị thượng đỉnh Tổ chức Hiệp ước An ninh Tập thể (CSTO)"},
	"EAEU":     {"Hội nghị thượng đỉnh Liên minh Kinh tế Á - Âu (EAEU)", "Hội nghị thượng đỉnh EAEU"},
	"GCC":      {"Hội nghị thượng đỉnh GCC", "Hội nghị thượng đỉnh Hội đồng Hợp tác vùng Vịnh (GCC)"},
	"MERCOSUR": {"Hội nghị thượng đỉnh MERCOSUR", "Hội nghị thượng đỉnh Khối Thị trường chung Nam Mỹ (MERCOSUR)"},
}

// orgNames: how the press names an organisation in a sentence.
var orgNames = map[string][]string{
	"ASEAN":    {"ASEAN", "Hiệp hội các quốc gia Đông Nam Á (ASEAN)"},
	"SCO":      {"SCO", "Tổ chức Hợp tác Thượng Hải (SCO)", "Tổ chức Hợp tác Thượng Hải"},
	"BRICS":    {"BRICS", "nhóm BRICS", "khối BRICS"},
	"G7":       {"G7", "Nhóm G7"},
	"G20":      {"G20", "Nhóm G20", "Nhóm các nền kinh tế phát triển và mới nổi (G20)"},
	"NATO":     {"NATO", "Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO)", "liên minh NATO"},
	"EU":       {"EU", "Liên minh châu Âu (EU)", "Liên minh châu Âu"},
	"APEC":     {"APEC", "Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương (APEC)"},
	"CPTPP":    {"CPTPP", "Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP)"},
	"WTO":      {"WTO", "Tổ chức Thương mại Thế giới (WTO)", "Tổ chức Thương mại Thế giới"},
	"UN":       {"Liên Hợp Quốc", "Liên hợp quốc", "LHQ"},
	"OPEC":     {"OPEC", "Tổ chức Các nước Xuất khẩu Dầu mỏ (OPEC)"},
	"CSTO":     {"CSTO", "Tổ chức Hiệp ước An ninh Tập thể (CSTO)"},
	"EAEU":     {"EAEU", "Liên minh Kinh tế Á - Âu (EAEU)", "Liên minh Kinh tế Á - Âu"},
	"GCC":      {"GCC", "Hội đồng Hợp tác vùng Vịnh (GCC)"},
	"MERCOSUR": {"MERCOSUR", "Khối Thị trường chung Nam Mỹ (MERCOSUR)"},
	"QUAD":     {"Nhóm Bộ Tứ", "Bộ Tứ"},
	"OIF":      {"Cộng đồng Pháp ngữ", "Tổ chức Quốc tế Pháp ngữ (OIF)"},
}

// countryNames overrides the Vietnamese names used for a country (the
// gazetteer's canonical one otherwise).
var countryNames = map[string][]string{
	"US": {"Mỹ", "Mỹ", "Hoa Kỳ"},
	"AU": {"Australia", "Úc"},
	"IT": {"Italy", "Italy", "Ý"},
	"GB": {"Anh"},
	"KR": {"Hàn Quốc"},
	"KP": {"Triều Tiên"},
	"RU": {"Nga"},
	"CN": {"Trung Quốc"},
	"DE": {"Đức"},
	"AE": {"UAE", "Các Tiểu vương quốc Ả Rập Thống nhất"},
	"SA": {"Ả Rập Xê Út"},
	"MA": {"Maroc"},
	"CD": {"Cộng hòa Dân chủ Congo"},
	"KG": {"Kyrgyzstan"},
}

func buildWorld(g *gazetteer.Gazetteer) *world {
	w := &world{g: g, capital: map[string]*gazetteer.City{}, cities: map[string][]*gazetteer.City{},
		venues: map[string][]string{}, pools: map[int]*pool{}, orgs: map[string]*orgInfo{}}
	for _, kv := range strings.Fields(capitalList) {
		iso, key, _ := strings.Cut(kv, "=")
		if c := g.Cities[key]; c != nil && c.Country == iso {
			w.capital[iso] = c
		}
	}
	keys := make([]string, 0, len(g.Cities))
	for k := range g.Cities {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, iso := range sortedKeys(w.capital) {
		w.cities[iso] = []*gazetteer.City{w.capital[iso]}
	}
	for _, k := range keys {
		c := g.Cities[k]
		if cap := w.capital[c.Country]; cap != nil && cap != c {
			w.cities[c.Country] = append(w.cities[c.Country], c)
		}
	}
	for _, v := range g.Venues {
		if isVietnameseVenue(v.Name) && !slices.Contains(w.venues[v.City], v.Name) {
			w.venues[v.City] = append(w.venues[v.City], v.Name)
		}
	}
	fem := map[string]bool{}
	for _, k := range strings.Fields(femaleList) {
		fem[k] = true
	}
	// offices per month
	for y := minYear - 4; y <= maxYear; y++ {
		for m := 1; m <= 12; m++ {
			p := &pool{}
			for r := range p.by {
				p.by[r] = map[string][]*office{}
			}
			for _, l := range g.LeaderList() {
				o := officeAt(l, y, m)
				if o == nil {
					continue
				}
				o.fem = fem[l.Key]
				o.name = l.NameVI
				if o.name == "" {
					o.name = l.Name
				}
				o.short = shortForm(g, l)
				p.by[o.rank][o.iso] = append(p.by[o.rank][o.iso], o)
			}
			for r := range p.by {
				p.isos[r] = sortedKeys(p.by[r])
			}
			w.pools[y*12+m-1] = p
		}
	}
	// organisations and memberships
	for _, line := range strings.Split(memberData, "\n") {
		f := strings.Fields(line)
		if len(f) < 5 {
			continue
		}
		fy, fm, _ := strings.Cut(f[2], ".")
		from, fromM, to := atoi(fy), atoi(fm), 0
		if f[3] != "-" {
			to = atoi(f[3])
		}
		for _, iso := range f[4:] {
			w.ships = append(w.ships, mship{iso: iso, org: f[0], status: model.MembershipStatus(f[1]), from: from, fromM: fromM, to: to})
		}
	}
	for _, acr := range sortedKeys(orgNames) {
		o := g.Orgs[acr]
		if o == nil {
			continue
		}
		oi := &orgInfo{acr: acr, org: o, summit: summitNames[acr]}
		for _, s := range w.ships {
			if s.org == acr {
				oi.ships = append(oi.ships, s)
				if s.status == model.MemberFounding {
					oi.founded = s.from
				}
			}
		}
		w.orgs[acr] = oi
		if len(oi.summit) > 0 {
			w.summits = append(w.summits, acr)
		}
	}
	return w
}

// officeAt returns the first office (in file order) of l that a titled
// rank names and that l surely held in month m of year y: in an inner year
// of the tenure, or in its first or last year on the side of the month of
// taking or leaving office (tenureMonths; without it, only November and
// December of the first year, and none of the last).
func officeAt(l *gazetteer.Leader, y, m int) *office {
	for _, t := range l.Tenures {
		if t.Country == "" || excluded[t.Country] || t.From == 0 {
			continue
		}
		if !heldIn(l.Key, t, y, m) {
			continue
		}
		r := rankOf(t.Role)
		if r == rNone || len(titlesFor(t.Role, t.Country)) == 0 {
			return nil
		}
		return &office{l: l, t: t, rank: r, iso: t.Country}
	}
	return nil
}

func heldIn(key string, t gazetteer.Tenure, y, m int) bool {
	if y < t.From || t.To != 0 && y > t.To {
		return false
	}
	if y == t.From {
		start, ok := tenureMonths[key+":"+strconv.Itoa(y)]
		if !ok {
			start = 11
		}
		if m < start {
			return false
		}
	}
	if t.To != 0 && y == t.To {
		end := tenureMonths[key+":-"+strconv.Itoa(y)]
		if m >= end {
			return false
		}
	}
	return true
}

// tenureMonths: the first full month in office ("key:year" of taking
// office) and the month of leaving it ("key:-year"), for offices whose
// first or last year the press writes about a lot. The gazetteer's tenures
// are in years only.
var tenureMonths = map[string]int{
	"donald-trump:2025": 2, "donald-trump:-2021": 1, "joe-biden:2021": 2, "joe-biden:-2025": 1,
	"marco-rubio:2025": 2, "antony-blinken:2021": 2, "antony-blinken:-2025": 1, "pete-hegseth:2025": 2,
	"lloyd-austin:2021": 2, "lloyd-austin:-2025": 1,
	"lee-jae-myung:2025": 7, "yoon-suk-yeol:2022": 6, "yoon-suk-yeol:-2025": 4, "moon-jae-in:-2022": 5,
	"sanae-takaichi:2025": 11, "shigeru-ishiba:2024": 10, "shigeru-ishiba:-2025": 10, "fumio-kishida:-2024": 10,
	"yoshihide-suga:2020": 10, "yoshihide-suga:-2021": 10, "shinzo-abe:-2020": 9,
	"mark-carney:2025": 4, "justin-trudeau:-2025": 3, "friedrich-merz:2025": 6, "olaf-scholz:-2025": 5,
	"olaf-scholz:2021": 12, "angela-merkel:-2021": 12,
	"keir-starmer:2024": 8, "rishi-sunak:-2024": 7, "rishi-sunak:2022": 11,
	"to-lam:2024": 9, "nguyen-phu-trong:-2024": 7, "luong-cuong:2024": 11, "vo-van-thuong:2023": 4, "vo-van-thuong:-2024": 3,
	"pham-minh-chinh:2021": 5, "nguyen-xuan-phuc:2021": 5, "nguyen-xuan-phuc:-2021": 4, "nguyen-xuan-phuc:-2023": 1,
	"bui-thanh-son:2021": 5, "pham-binh-minh:-2021": 4,
	"li-qiang:2023": 4, "li-keqiang:-2023": 3, "xi-jinping:2013": 4, "li-keqiang:2013": 4,
	"prabowo-subianto:2024": 11, "joko-widodo:-2024": 10, "lawrence-wong:2024": 6, "lee-hsien-loong:-2024": 5,
	"masoud-pezeshkian:2024": 8, "ebrahim-raisi:-2024": 5, "claudia-sheinbaum:2024": 10,
	"anutin-charnvirakul:2025": 10, "paetongtarn-shinawatra:2024": 9, "paetongtarn-shinawatra:-2025": 7,
	"srettha-thavisin:2023": 9, "srettha-thavisin:-2024": 8, "prayut-chan-o-cha:-2023": 8,
	"anthony-albanese:2022": 6, "scott-morrison:-2022": 5, "bongbong-marcos:2022": 7, "rodrigo-duterte:-2022": 6,
	"anwar-ibrahim:2022": 12, "hun-manet:2023": 9, "hun-sen:-2023": 8, "giorgia-meloni:2022": 11,
	"luiz-inacio-lula-da-silva:2023": 1, "jair-bolsonaro:-2022": 12,
}

// shortForm picks the form used for a leader after a title or "ông"/"bà":
// a one-word full name (the surname where there is one) or the gazetteer's
// short form; "" when only the full name will do (Vietnamese leaders are
// always named in full).
func shortForm(g *gazetteer.Gazetteer, l *gazetteer.Leader) string {
	if l.Country == "VN" || l.Key == "to-lam" {
		return ""
	}
	words := strings.Fields(l.Name)
	last := words[len(words)-1]
	var one []string
	for _, n := range l.Names {
		if !strings.Contains(n, " ") && !strings.Contains(n, "-") && utf8.RuneCountInString(n) > 2 {
			one = append(one, n)
		}
	}
	cands := []string{}
	if slices.Contains(one, last) {
		cands = append(cands, last)
	}
	cands = append(cands, one...)
	cands = append(cands, l.Short...)
	for _, c := range cands {
		if o := g.LeaderByName(c); o != nil && o != l {
			continue
		}
		if strings.EqualFold(c, l.Name) {
			continue
		}
		return c
	}
	return ""
}

func isVietnameseVenue(s string) bool {
	for _, p := range []string{"Điện ", "Cung điện ", "Phủ ", "Nhà ", "Trụ sở ", "Dinh ", "Đại lễ đường", "Nhà khách "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// pool returns the offices valid at a year and month (month 0: June).
func (w *world) pool(y, m int) *pool {
	if m == 0 {
		m = 6
	}
	return w.pools[y*12+m-1]
}

// valid reports whether o is held at y/m (m 0: all the year).
func (w *world) valid(o *office, y, m int) bool {
	if y < minYear-4 || y > maxYear {
		return false
	}
	if m != 0 {
		return heldIn(o.l.Key, o.t, y, m) && w.first(o, y, m)
	}
	for m := 1; m <= 12; m++ {
		if !heldIn(o.l.Key, o.t, y, m) || !w.first(o, y, m) {
			return false
		}
	}
	return true
}

// first reports whether o is the office the pool gives its leader at y/m.
func (w *world) first(o *office, y, m int) bool {
	for _, x := range w.pools[y*12+m-1].by[o.rank][o.iso] {
		if x.l == o.l {
			return x.t == o.t
		}
	}
	return false
}

// members returns the countries with one of the statuses in org at year y,
// month m (0: the whole year).
func (w *world) members(org string, y, m int, statuses ...model.MembershipStatus) []mship {
	var out []mship
	for _, s := range w.orgs[org].ships {
		if slices.Contains(statuses, s.status) && s.validAt(y, m) {
			out = append(out, s)
		}
	}
	return out
}

// orgsOf returns the organisations iso belongs to at y/m (member or founding).
func (w *world) orgsOf(iso string, y, m int) []string {
	var out []string
	for _, s := range w.ships {
		if s.iso == iso && s.status.IsMember() && s.validAt(y, m) {
			if !slices.Contains(out, s.org) {
				out = append(out, s.org)
			}
		}
	}
	return out
}

func sortedKeys[T any](m map[string]T) []string {
	return slices.Sorted(maps.Keys(m))
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

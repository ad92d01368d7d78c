#!/usr/bin/env python3
"""Writes public/data/story.json (and tests/fixtures/quotes.json) from the
tables below.

Why a generator: the JSON is long and repetitive (zh/en pairs everywhere);
keeping the source of truth here as compact tables makes review against the
article easier. The app and the tests only ever read the generated files.

Editorial rules the tables follow (tests/editorial.rs checks what it can):
- The text is ours; facts, figures, names and the five keyword headings are
  the article's. A label says what the article says the number counts, and
  whose or where it is: no two figures share a label.
- The hedge (余/超过/超/多/近/约/预计/累计) lives in the value (`qualifier`),
  never also in the label, and uses the article's own word: over (余),
  exceeds (超过), exceeds_short (超), plus (多); English says "over" for all four.
  The article's 共 before a figure is a hedge too (`total`: 共 / "in all"),
  beside the other (共安排…1800余万元 is total and over).
- Every figure has a `scope`: the population or place it is counted in.
  A chart panel holds one unit at one scope; a part sits inside its whole
  only where the article says so (`part_of`); figures that may overlap are
  not charted side by side at all, and a quoted remark is never a figure.
- 闽宁 in English: "Fujian–Ningxia" for the cooperation (闽宁协作:
  "Fujian–Ningxia cooperation"), "Minning Town" for
  the town, "Minning Industrial Park" for the park. Money in English is
  "161.5 million yuan" (src/format.rs), never "¥".
- Background from outside the article goes in `meta.context[].general`,
  which the app marks as general knowledge.
- Figures keep the article's precision in both languages and are never
  rounded: 3063.65万元 is "30.6365 million yuan" (EDITORIAL-NOTES.md, issue
  23, rounds 10 and 11; tests/editorial.rs reads every sum back).
- A label says where the report gives a figure when the report does not say
  what it counts ("（彭阳县示范村一节所列）" / ", listed under Pengyang's model
  villages"), so a card, chart bar, alt text or CSV row alone keeps the
  page's caveat. (A keyword page's stat list drops those words where its
  summary or section says the caveat beside it: src/page/build.rs.)
- Each keyword has a `note`: what the report leaves open about its figures,
  in the words its page uses; the keyword's CSV carries it after its rows.
- A sentence that opens with a date (2022年…) holds only figures the article
  dates so: end it before an undated figure (no semicolon chains).
- A purpose is told as a purpose and as the report's (报道说……为的是 /
  "are being promoted so that …, the report says"), never as a result.
- A claim about how well, how fast or why (很快, 得益于, 户达 …) is the
  report's and is said as such (报道称 / "the report says").
- One kind of count per chart: schools beside towns, or counters beside
  halls, are stats, not bars.
"""
import json, pathlib

# Chinese text is typed with ASCII punctuation for ease; the reader gets
# full-width marks, as Chinese typography expects.
ZH_PUNCT = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"})

# English is typed with straight apostrophes; the reader gets the curly
# one (’) beside the curly quotes the text already uses.
def t(zh, en):
    return {"zh": zh.translate(ZH_PUNCT), "en": en.replace("'", "\u2019")}

# Scopes: what population or place a figure is counted in.
#   minning-town           the "1+6" pairing: Minning Town and six villages
#   soe:<id>               one state-owned enterprise's own projects (keyword 1)
#   geography              fixed distances the article quotes
#   jingyuan / guyuan      the youth programme's work in those places
#   minning-park           the Minning Industrial Park
#   pengyang               Xiamen's work in Pengyang County (keyword 4)
#   linxia                 Xiamen's continued help for Linxia (keyword 5)
#   xiamen                 Xiamen's own units, outlets, courses and the data box's
#                          workshops: done by Xiamen, place not stated
#   in-xiamen              rural workers from central and western provinces in Xiamen
#   ningxia                Xiamen's cooperation with Ningxia as a whole
#   partner-areas          the data box's funding sentence, which names Ningxia
#                          for the fiscal funds only and ends on 协作地区
#   two-counties-one-town  what the data box counts for 两县一镇
F = []
QUOTES = {}
# `period` only where the article dates the figure (tests/editorial.rs checks
# the article's sentence): "2022" (今年/全年/一年来), "2022-07" (今年7月),
# "per year" (年产值/年销量/每年), "to date" (截至目前); "" where it gives none.
def fig(id, section, scope, zh, en, value, unit, quote, qualifier=None, counter=None, part_of=None, period="", total=False):
    d = {"id": id, "section": section, "scope": scope, "label": t(zh, en), "value": value, "unit": unit,
         "period": period}
    if qualifier: d["qualifier"] = qualifier
    # 共 in the article's wording: the figure is a total (tests check the
    # article's sentence).
    if total: d["total"] = True
    if counter: d["counter"] = t(*counter)
    if part_of: d["part_of"] = part_of
    F.append(d)
    QUOTES[id] = quote

C = lambda zh, en: (zh, en)
Y = "2022"

def join(*texts):
    """Sentences of both languages, one after another."""
    return {"zh": "".join(x["zh"] for x in texts), "en": " ".join(x["en"] for x in texts)}

# Caveats the page states once and the keyword notes repeat.
VILLAGES_UNPLACED = t("“1镇6村”中的六个村在哪里,报道没有写明。", "The report does not say where the six villages of “one town, six villages” are.")
JIANXING_UNPLACED = t("宁夏建兴环保科技公司建在哪个镇村,报道没有说明。", "Nor does it say in which town or village the Ningxia Jianxing plant is.")
BOYA_PLACE = t("德龙酒庄在原隆村,带动就业的是原隆村村民;报道未写明西夏王酒庄所在地",
               "Delong winery is in Yuanlong Village, and the jobs the partnership creates go to Yuanlong villagers; the report does not say where the Xixia King winery is")
PAIRS_UNMATCHED = t("报道没有说明这11家社会组织与11个村庄是否一一结对。", "The report does not say whether the 11 social organizations and the 11 villages pair one to one.")
STATION_UNPLACED = t("“西部培力工作站”设在哪个村,报道没有写明。", "Nor does it say in which village the “Empowering the West” workstation is.")
THREE_GOVERNMENTS = t("“三区县”是哪三个区县,报道没有写明;我们理解为厦门湖里区、思明区和宁夏永宁县。",
                      "The report does not name the “three districts and counties”; we read them as Xiamen's Huli and Siming districts and Ningxia's Yongning County.")
PY_CAVEAT = t("这一部分的数字,报道写在彭阳县示范村建设之下,没有说明各项统计的是全县还是示范村。",
              "The report gives these figures under Pengyang's model villages, without saying whether each counts the county or those villages.")
PY_UNLINKED = t("报道没有说明彭阳县的这些数字是否计入【数据】栏目的相应数字,也没有说明各自的口径:这里的消费帮扶是1.8亿元,【数据】栏目记的是厦门销售宁夏产品5670万元、全年累计采购和帮助销售“两县一镇”农产品8.86亿元;就业这里是3732人、帮扶车间12个,【数据】栏目记的是“两县一镇”13138人获帮助就业、厦门援建帮扶车间30个。",
                "The report does not say whether the data box's figures include Pengyang's, or how each was counted. Here: 180 million yuan of consumption assistance, 3,732 workers placed in jobs, 12 poverty-alleviation workshops. In the box: 56.7 million yuan of Ningxia products Xiamen sold, a cumulative 886 million yuan of produce it bought or helped sell from the two counties and one town, 13,138 workers from there helped into jobs, and 30 such workshops.")
VEG_UNDATED = t("绿百合公司的高原夏菜销量是哪段时间的,报道没有写明。", "The report does not say over what period Lübaihe's plateau summer vegetables were sold.")

# --- keyword 1: "1+6" pairing
fig("k1-soes-paired", "k1", "minning-town", "参与“1+6”结对的国企", "state-owned enterprises in the “1+6” pairing", 7, "count", "“1+6”结对模式", counter=C("家", "enterprises"), period=Y)
fig("k1-villages-paired", "k1", "minning-town", "与国企结对的村(“1镇6村”)", "villages paired with a state-owned enterprise (“one town, six villages”)", 6, "count", "“1镇6村”", counter=C("个", "villages"), period=Y)
fig("k1-jianxing-output", "k1", "soe:cdc", "宁夏建兴环保科技公司的年产值", "annual output of Ningxia Jianxing Environmental Technology", 1.5e8, "yuan", "年产值预计达1.5亿元", qualifier="expected", period="per year")
fig("k1-jianxing-jobs", "k1", "soe:cdc", "建兴项目可提供的就业岗位", "jobs the Jianxing project can offer", 150, "count", "150个就业岗位", counter=C("个", "jobs"))
fig("k1-maoning-capital", "k1", "soe:itg", "国贸控股与另外3家国企为成立宁夏贸宁物资有限公司出资", "money ITG and three other state-owned enterprises put into founding Ningxia Maoning Materials", 1e8, "yuan", "联合斥资1亿元")
fig("k1-maoning-partners", "k1", "soe:itg", "与国贸控股联合出资的其他市(区)属国企", "other city- or district-level state-owned enterprises investing with ITG", 3, "count", "其他3个市(区)属国企", counter=C("个", "enterprises"))
fig("k1-xiangyu-capital", "k1", "soe:xiangyu", "宁夏象屿新能源有限公司注册资本", "registered capital of Ningxia Xiangyu New Energy", 1e8, "yuan", "注册1亿元")
fig("k1-yuanyi-greenhouses", "k1", "soe:xiashang", "夏商集团用作基地的园艺村第三代设施温棚", "third-generation greenhouses in Yuanyi Village that Xiashang uses as its base", 188, "count", "188栋第三代设施温棚", counter=C("栋", "greenhouses"))
# The report gives Xiashang's purchases and sales at the end of its sentence
# on the Yuanyi base without saying they all went through it: the label says
# where the report gives them (and is not all of a retailer's produce trade).
fig("k1-xiashang-produce", "k1", "soe:xiashang", "夏商集团采购的果蔬(园艺村基地一段所列)", "fruit and vegetables Xiashang bought, listed under its Yuanyi Village base", 79.6, "tonne", "采购果蔬79.6吨", period=Y)
fig("k1-xiashang-sales", "k1", "soe:xiashang", "夏商集团的果蔬销售额(园艺村基地一段所列)", "Xiashang's fruit and vegetable sales, listed under its Yuanyi Village base", 3e6, "yuan", "销售额超300万元", qualifier="exceeds_short", period=Y)
# A yearly figure's label says so in its own words (年产值, 每年, "annual"),
# rather than carrying a 每年 tag after it.
fig("k1-wine-bottles", "k1", "soe:cdc", "博雅与两家酒庄合作每年卖出的葡萄酒", "wine sold each year through Boya's partnership with the two wineries", 3e5, "bottle", "年销量30万瓶", period="per year")
fig("k1-wine-sales", "k1", "soe:cdc", "博雅与两家酒庄合作的葡萄酒销售额(报道未写明时段)", "wine sales through Boya's partnership with the two wineries (the report gives no period)", 1e8, "yuan", "销售额约1亿元", qualifier="about")
fig("k1-wine-jobs", "k1", "soe:cdc", "博雅与两家酒庄合作每年带动的原隆村就业人数", "people in Yuanlong Village that Boya's partnership with the two wineries helps into work each year", 300, "person", "就业300余人", qualifier="over", period="per year")
# 每年带动原隆村就业300余人，实现人均增收3万余元: the report does not say
# whose average 人均 is (the 300+ it helps into work, or the village), nor
# that 每年 covers the gain; the label says so and gives no period.
fig("k1-wine-income", "k1", "soe:cdc", "博雅与两家酒庄合作实现的人均增收(报道未写明按谁计算)", "income gain per person from Boya's partnership with the two wineries (the report does not say per person of whom)", 3e4, "yuan", "人均增收3万余元", qualifier="over")
fig("k1-fair-intent", "k1", "soe:itg", "国际贸洽会闽宁镇展区达成的销售意向", "sales agreed in principle at the trade fair's Minning Town area", 3e7, "yuan", "销售意向3000余万元", qualifier="over")

# --- keyword 2: cross-strait youth
# The two distances are a remark the report quotes, not measured facts: they
# stay in the data (every number of the article is accounted for) but no
# chart, key figure or stat shows them; the text quotes the remark.
fig("k2-taiwan-span", "k2", "remark", "报道所引一句话中的台湾南北距离", "Taiwan's north–south length, in a remark the report quotes", 380, "kilometre", "大约380公里", qualifier="about")
fig("k2-xiamen-ningxia", "k2", "remark", "报道所引一句话中的厦门到宁夏路程", "the journey from Xiamen to Ningxia, in a remark the report quotes", 2000, "kilometre", "超过2000公里", qualifier="exceeds")
fig("k2-villages", "k2", "jingyuan", "培力列车驶入的泾源县村庄(集美村、红土村)", "Jingyuan villages the Empowerment Train went to (Jimei and Hongtu)", 2, "count", "集美村、红土村", counter=C("个", "villages"), period="2022-07")
fig("k2-layers", "k2", "jingyuan", "梳理村民需求的层面(“人文地产景”)", "dimensions used to map villagers' needs (people, culture, land, industry, landscape)", 5, "count", "“人文地产景”五个层面", counter=C("个", "dimensions"))
fig("k2-projects", "k2", "jingyuan", "两岸青年策划的项目", "projects the cross-strait youth team planned", 8, "count", "等8个项目", counter=C("个", "projects"))
fig("k2-orgs", "k2", "jingyuan", "与泾源县村庄结对的厦门社会组织", "Xiamen social organizations paired with Jingyuan villages", 11, "count", "厦门11家社会组织", counter=C("家", "organizations"))
fig("k2-jingyuan-villages", "k2", "jingyuan", "与厦门社会组织结对的泾源县村庄", "Jingyuan villages paired with Xiamen social organizations", 11, "count", "泾源县11个村庄", counter=C("个", "villages"))
fig("k2-resources", "k2", "jingyuan", "培力列车链接的爱心资源", "charitable resources the Empowerment Train brought in", 5.5e5, "yuan", "爱心资源55万多元", qualifier="plus")
fig("k2-guyuan-orgs", "k2", "guyuan", "结为伙伴的固原市社会组织", "partner social organizations in Guyuan", 4, "count", "固原市4家社会组织", counter=C("家", "organizations"))

# --- keyword 3: industrial park
fig("k3-park-area", "k3", "minning-park", "闽宁产业园总规划面积", "planned area of the Minning Industrial Park", 9.6e5, "square_metre", "近96万平方米", qualifier="nearly")
fig("k3-governments", "k3", "minning-park", "共建园区的“三区县”政府", "district and county governments building the park (the “three districts and counties”)", 3, "count", "“三区县”政府", counter=C("个", "governments"))
fig("k3-platform-soes", "k3", "minning-park", "出资成立园区运营公司的区(县)属国企", "district- and county-level state-owned enterprises founding the park's operator", 3, "count", "3家区(县)属国企", counter=C("家", "enterprises"))
fig("k3-platform-capital", "k3", "minning-park", "园区运营平台公司注册资本金", "registered capital of the park's operating company", 1e8, "yuan", "注册资本金1亿元")
fig("k3-policies", "k3", "minning-park", "永宁县出台的闽宁产业园优惠政策", "incentive policies Yongning County issued for the park", 8, "count", "8项含金量高", counter=C("项", "policies"))

# --- keyword 4: Pengyang model villages (the article's subject is 我市: Xiamen)
# The article gives these figures under its heading on Pengyang's model
# villages (促进彭阳县示范村提档升级), without saying whether each counts the
# county or those villages. Every label says where the report lists it, in a
# short bracket after it (PY_ZH / PY_EN), so that a card, a widget, a CSV row
# or a stat alone keeps the caveat the page carries (tests/editorial.rs
# checks every `pengyang` label); none says "for Pengyang County".
PY_ZH = "(彭阳县示范村一节所列)"
PY_EN = ", listed under Pengyang's model villages"
def py(id, zh, en, *rest, **kw):
    fig(id, "k4", "pengyang", zh + PY_ZH, en + PY_EN, *rest, **kw)
py("k4-funds", "厦门安排的帮扶专项资金", "dedicated support funds Xiamen allocated", 1.8e7, "yuan", "共安排帮扶专项资金1800余万元", qualifier="over", period=Y, total=True)
py("k4-households", "专项资金覆盖的脱贫户", "households lifted out of poverty that the funds reached", 354, "household", "脱贫户354户", period=Y)
py("k4-quick-projects", "厦门实施的短平快产业项目", "quick-return industry projects Xiamen carried out", 5, "count", "短平快产业项目5个", counter=C("个", "projects"))
py("k4-workshops", "厦门援建的帮扶车间", "poverty-alleviation workshops Xiamen helped build", 12, "count", "援建帮扶车间12个", counter=C("个", "workshops"))
py("k4-jobs", "厦门帮助落实就业的农村劳动力", "rural workers placed in jobs with Xiamen's help", 3732, "person", "就业3732人")
py("k4-consumption", "厦门开展的消费帮扶", "consumption assistance from Xiamen", 1.8e8, "yuan", "消费帮扶1.8亿元")
py("k4-labour-trainings", "厦门举办的劳务协作培训班", "labour cooperation training courses Xiamen ran", 9, "count", "劳务协作培训班9期", counter=C("期", "courses"))
py("k4-pro-trainings", "厦门开展的专技人才培训", "training courses for technical professionals Xiamen ran", 30, "count", "专技人才培训30期", counter=C("期", "courses"))
py("k4-cadre-trainings", "厦门组织的乡村振兴干部培训", "rural revitalization training courses for officials Xiamen ran", 3, "count", "乡村振兴干部培训3期", counter=C("期", "courses"))
py("k4-leaders", "厦门培育的农村致富带头人", "rural residents Xiamen fostered to lead others to prosperity", 68, "count", "68个农村致富带头人", counter=C("个", "people"))
py("k4-cattle-bases", "厦门帮助建设的肉牛“出户入园”养殖示范基地", "model cattle bases (“out of the yard, into the park”) Xiamen has helped build", 2, "count", "养殖示范基地2个", counter=C("个", "bases"))
py("k4-cattle-villages", "厦门帮助打造的肉牛养殖示范村", "model cattle-raising villages Xiamen has helped develop", 2, "count", "肉牛养殖示范村2个", counter=C("个", "villages"))
py("k4-demo-villages", "组团式结对的闽宁乡村振兴示范村", "Fujian–Ningxia model villages for rural revitalization paired with teams", 5, "count", "5个闽宁乡村振兴示范村", counter=C("个", "villages"))

# --- keyword 5: Linxia
fig("k5-aspects", "k5", "linxia", "厦门延续帮扶临夏的方面", "areas in which Xiamen's help for Linxia continues", 5, "count", "等五个方面", counter=C("个", "areas"))
fig("k5-flights", "k5", "linxia", "开春送临夏劳动力来厦务工的包机航班", "charter flights that took Linxia workers to Xiamen in the spring", 3, "count", "3个航班包机", counter=C("个", "flights"), period=Y)
fig("k5-flight-workers", "k5", "linxia", "开春乘包机来厦务工的临夏劳动力", "Linxia workers flown to Xiamen on the spring charters", 400, "person", "近400人", qualifier="nearly", period=Y)
fig("k5-workers", "k5", "linxia", "截至报道时在厦就业的临夏籍劳动力", "workers from Linxia employed in Xiamen as of the report", 5573, "person", "在厦就业5573人", period="to date")
fig("k5-vegetables", "k5", "linxia", "绿百合公司销售的高原夏菜", "plateau summer vegetables Lübaihe has sold", 6570, "tonne", "共销售6570吨高原夏菜", total=True)
fig("k5-enterprises", "k5", "linxia", "继续在临夏生产经营的厦门引导投资企业", "firms Xiamen steered to invest that still operate in Linxia", 30, "count", "30多家企业", qualifier="plus", counter=C("家", "firms"))
fig("k5-medics", "k5", "linxia", "来厦进修的临夏州医护人员", "Linxia medical staff on training placements in Xiamen", 18, "count", "18名临夏州的医护人员", counter=C("名", "people"))
fig("k5-students", "k5", "linxia", "“少数民族紧缺人才专项”招收的临夏学生", "Linxia students admitted under the scheme for ethnic-minority talent in short supply", 12, "person", "招收临夏学生12人")
fig("k5-clothes", "k5", "linxia", "杏林服装厂向单子庄小学捐赠的衣物", "clothing Xinglin Garment Factory gave Danzizhuang Primary School", 200, "piece", "爱心衣物200余件", qualifier="over")
fig("k5-epidemic-supplies", "k5", "linxia", "五方捐赠给临夏州的抗疫物资", "COVID-19 supplies five donors gave Linxia", 5.02e6, "yuan", "共向临夏州相关州县捐赠抗疫物资502万余元", qualifier="over", total=True)

# --- data box
fig("pairing-schools", "pairing", "xiamen", "结对的厦门学校", "Xiamen schools in pairings", 60, "count", "60所学校", counter=C("所", "schools"))
fig("pairing-hospitals", "pairing", "xiamen", "结对的厦门医院", "Xiamen hospitals in pairings", 8, "count", "8家医院", counter=C("家", "hospitals"))
fig("pairing-towns", "pairing", "xiamen", "结对的厦门镇街", "Xiamen towns and sub-districts in pairings", 27, "count", "27个镇街", counter=C("个", "towns and sub-districts"))
fig("pairing-villages", "pairing", "xiamen", "结对的厦门村社", "Xiamen villages and communities in pairings", 44, "count", "44个村社", counter=C("个", "villages and communities"))
fig("pairing-enterprises", "pairing", "xiamen", "结对的厦门企业", "Xiamen firms in pairings", 37, "count", "37家企业", counter=C("家", "firms"))
fig("pairing-orgs", "pairing", "xiamen", "结对的厦门社会组织", "Xiamen social organizations in pairings", 38, "count", "38个社会组织", counter=C("个", "organizations"))
fig("funding-fiscal", "funding", "partner-areas", "厦门投入宁夏的财政帮扶资金", "fiscal support funds Xiamen put into Ningxia", 1.615e8, "yuan", "累计向宁夏投入财政帮扶资金1.615亿元", qualifier="cumulative", period=Y)
fig("funding-social", "funding", "partner-areas", "社会力量投入的帮扶资金(报道未写明投向)", "support funds from non-government sources (the report does not say where they went)", 3.06365e7, "yuan", "帮扶资金3063.65万元", period=Y)
fig("funding-projects", "funding", "partner-areas", "实施的帮扶项目(报道未写明地点)", "support projects carried out (the report does not say where)", 72, "count", "帮扶项目72个", counter=C("个", "projects"), period=Y)
fig("industry-visits", "industry", "ningxia", "厦门引导赴宁夏考察的企业", "firms Xiamen steered to visit Ningxia", 113, "count", "共引导企业赴宁考察113家", counter=C("家", "firms"), period=Y, total=True)
fig("industry-invested", "industry", "two-counties-one-town", "在“两县一镇”落地投资的企业", "firms that invested in the two counties and one town", 52, "count", "投资企业52家", counter=C("家", "firms"), period=Y)
fig("industry-capital", "industry", "two-counties-one-town", "落地企业实际到资额", "capital the investing firms actually paid in", 7.77e8, "yuan", "实际到资额7.77亿元", period=Y)
fig("industry-jobs", "industry", "two-counties-one-town", "落地企业吸纳就业的农村劳动力", "rural workers the investing firms took on", 2452, "person", "吸纳农村劳动力就业2452人", period=Y)
fig("industry-jobs-lifted", "industry", "two-counties-one-town", "其中脱贫劳动力(落地企业)", "of whom from households lifted out of poverty (investing firms)", 683, "person", "其中脱贫劳动力683人", part_of="industry-jobs", period=Y)
# The data box gives the workshops no place (the 52 firms before them are
# in the two counties and one town; the workshops are not said to be): who
# built them, not where.
fig("industry-workshops", "industry", "xiamen", "厦门援建的帮扶车间", "poverty-alleviation workshops Xiamen helped build", 30, "count", "援建帮扶车间30个", counter=C("个", "workshops"), period=Y)
fig("industry-workshop-jobs", "industry", "xiamen", "帮扶车间吸纳就业的农村劳动力", "rural workers the poverty-alleviation workshops took on", 1472, "person", "就业数1472人", period=Y)
fig("industry-workshop-jobs-lifted", "industry", "xiamen", "其中脱贫劳动力(帮扶车间)", "of whom from households lifted out of poverty (poverty-alleviation workshops)", 588, "person", "其中脱贫劳动力588人", part_of="industry-workshop-jobs", period=Y)
fig("labour-xiamen", "labour", "in-xiamen", "在厦门稳定就业三个月以上的中西部农村劳动力", "rural workers from central and western provinces in steady jobs in Xiamen for three months or more", 79528, "person", "农村劳动力79528人")
fig("labour-provinces", "labour", "in-xiamen", "这些劳动力来自的中西部省份", "central and western provinces those workers come from", 22, "count", "22个中西部省份", counter=C("个", "provinces"))
fig("labour-ningxia", "labour", "two-counties-one-town", "厦门帮助实现就业的“两县一镇”农村劳动力", "rural workers from the two counties and one town Xiamen helped into jobs", 13138, "person", "就业13138人")
fig("labour-ningxia-lifted", "labour", "two-counties-one-town", "其中脱贫劳动力(帮助就业)", "of whom from households lifted out of poverty (helped into jobs)", 5922, "person", "其中脱贫劳动力5922人", part_of="labour-ningxia")
fig("labour-courses", "labour", "xiamen", "厦门举办的劳务协作培训班", "labour cooperation training courses Xiamen ran", 68, "count", "劳务协作培训班68期", counter=C("期", "courses"))
fig("labour-trainees", "labour", "xiamen", "厦门劳务协作培训班的农村劳动力培训人次", "attendances by rural workers at Xiamen's labour cooperation training courses (one person may attend more than once)", 2910, "person_time", "培训农村劳动力2910人次")
fig("consumption-counters", "consumption", "xiamen", "厦门建成的消费帮扶专柜", "consumption assistance counters Xiamen set up", 100, "count", "100个专柜", counter=C("个", "counters"))
fig("consumption-halls", "consumption", "xiamen", "厦门建成的消费帮扶专馆", "consumption assistance halls Xiamen set up", 10, "count", "10个专馆", counter=C("个", "halls"))
fig("consumption-zones", "consumption", "xiamen", "厦门建成的消费帮扶专区", "consumption assistance zones Xiamen set up", 30, "count", "30个专区", counter=C("个", "zones"))
fig("consumption-ningxia-sales", "consumption", "xiamen", "厦门销售的宁夏产品", "Ningxia products Xiamen sold", 5.67e7, "yuan", "销售宁夏产品5670万元")
fig("consumption-farm-sales", "consumption", "two-counties-one-town", "厦门采购和帮助销售的“两县一镇”农产品", "farm produce from the two counties and one town that Xiamen bought or helped sell", 8.86e8, "yuan", "全年累计采购、帮助销售“两县一镇”农产品金额8.86亿元", qualifier="cumulative", period=Y)
fig("talent-cadres", "talent", "ningxia", "厦门先后选派赴宁夏的挂职干部", "seconded officials Xiamen has sent to Ningxia", 6, "count", "6名挂职干部", counter=C("名", "people"))
fig("talent-professionals", "talent", "ningxia", "厦门先后选派赴宁夏的专技人才", "technical professionals Xiamen has sent to Ningxia", 213, "count", "213名专技人才", counter=C("名", "people"))
fig("talent-courses", "talent", "ningxia", "厦门开展的专技培训(“闽才宁用”)", "technical training courses Xiamen ran (“Fujian talent for Ningxia”)", 76, "count", "专技培训76期", counter=C("期", "courses"), period=Y)
fig("talent-trainees", "talent", "ningxia", "厦门专技培训的参训人次(“闽才宁用”)", "attendances at the technical training courses Xiamen ran (“Fujian talent for Ningxia”; one person may attend more than once)", 3348, "person_time", "培训3348人次", period=Y)

# Full English names once (here, in the pairing diagram and in keyword 1's
# first section); the text uses the short forms C&D, ITG, Xiangyu, Xiashang.
soes = [
    ("cdc", "建发集团", "Xiamen C&D Corporation"),
    ("itg", "国贸控股集团", "Xiamen ITG Holding Group"),
    ("xiangyu", "象屿集团", "Xiamen Xiangyu Group"),
    ("municipal", "市政集团", "Xiamen Municipal Group"),
    ("xiashang", "夏商集团", "Xiamen Xiashang Group"),
    ("housing", "住宅集团", "Xiamen Housing Group"),
    ("tefang", "特房集团", "Xiamen Tefang Group"),
]
partners = [
    ("minning", "闽宁镇", "Minning Town", "town"),
    ("yuanlong", "原隆村", "Yuanlong Village", "village"),
    ("wuhe", "武河村", "Wuhe Village", "village"),
    ("funing", "福宁村", "Funing Village", "village"),
    ("yuanyi", "园艺村", "Yuanyi Village", "village"),
    ("mulan", "木兰村", "Mulan Village", "village"),
    ("yuhai", "玉海村", "Yuhai Village", "village"),
]
# Projects of each group that the article names. `at` is the town or village
# the article ties the project to (which need not be the group's own
# partner); None where the article names no partner town or village for it.
# `place`, where given, is what the card says of where (it says more than
# `at` can: Boya's partner wineries are one in Yuanlong, one unplaced); it
# also says where for a project whose place is not a partner town or village: ITG's trade-fair area and products hall sell Minning Town
# products, but the article names no city for them, so neither do we.
projects = {
    "cdc": [
        (t("宁夏建兴环保科技公司(与厦门合兴包装印刷股份有限公司合资,2022年8月投产):为本地酒业、奶业等提供包装",
           "Ningxia Jianxing Environmental Technology, a joint venture with Xiamen Hexing Packaging Printing, in production since August 2022: packaging it can supply to local wine and dairy makers"),
         ["k1-jianxing-output", "k1-jianxing-jobs"], None),
        (t("博雅葡萄酒与西夏王酒庄及原隆村德龙酒庄合作", "Boya wine working with Yuanlong Village's Delong winery and the Xixia King winery"),
         ["k1-wine-bottles", "k1-wine-sales", "k1-wine-jobs", "k1-wine-income"], "yuanlong",
         BOYA_PLACE),
    ],
    "itg": [
        (t("牵头成立宁夏贸宁物资有限公司:发展石膏产业总部经济", "Led the founding of Ningxia Maoning Materials, to develop a headquarters economy for the gypsum industry"),
         ["k1-maoning-capital", "k1-maoning-partners"], None),
        # The report does not say who held the fair (以举办国际贸洽会为契机
        # may read either way): the text never names its holder.
        (t("为闽宁镇产品找销路:借国际贸洽会举办之机,推动在主展区免费设闽宁镇特色产品展区;协助在国贸中心银泰百货开设闽宁镇名特优产品展销馆",
           "Finding buyers for Minning Town products: a free Minning Town products area it helped bring about in the main exhibition area of an international trade fair, and a Minning Town products hall it helped open at the Intime department store in the Guomao Center"),
         ["k1-fair-intent"], None,
         t("报道未写明所在城市", "the report names no city")),
    ],
    "xiangyu": [
        (t("宁夏象屿新能源有限公司:农牧产品与光伏业务", "Ningxia Xiangyu New Energy: farm products and solar power"), ["k1-xiangyu-capital"], None),
    ],
    "municipal": [],
    "xiashang": [
        (t("以园艺村温棚为生产和采购基地,开辟宁夏农产品入厦“绿色通道”", "Yuanyi's greenhouses as a production and sourcing base: a “green channel” for Ningxia produce into Xiamen"),
         ["k1-yuanyi-greenhouses", "k1-xiashang-produce", "k1-xiashang-sales"], "yuanyi"),
    ],
    "housing": [],
    "tefang": [],
}
def project(name, figures, at, place=None):
    d = {"name": name, "figures": figures}
    if at: d["at"] = at
    if place: d["place"] = place
    return d
pairings = [{"soe": s[0], "partner": p[0], "lead": i == 0,
             "projects": [project(*pr) for pr in projects[s[0]]]}
            for i, (s, p) in enumerate(zip(soes, partners))]

# (id, zh, en, lat, lon, label side on the locator: e/w/n/s, or None to leave it off)
places = [
    ("xiamen", "厦门", "Xiamen", 24.48, 118.09, "w", t("厦门", "Xiamen")),
    ("minning", "闽宁镇(银川市永宁县)", "Minning Town (Yongning County, Yinchuan)", 38.27, 106.07, "n", t("闽宁镇", "Minning Town")),
    ("yinchuan", "银川", "Yinchuan", 38.49, 106.23, None, None),
    ("guyuan", "固原", "Guyuan", 36.02, 106.24, None, None),
    ("pengyang", "彭阳县", "Pengyang County", 35.85, 106.64, "e", t("彭阳", "Pengyang")),
    ("jingyuan", "泾源县", "Jingyuan County", 35.49, 106.33, "s", t("泾源", "Jingyuan")),
    ("linxia", "临夏州", "Linxia Prefecture", 35.60, 103.21, "w", t("临夏", "Linxia")),
    ("taiwan-north", "台湾北端", "Taiwan, northern tip", 25.30, 121.54, "e", t("台湾北端", "Taiwan, north")),
    ("taiwan-south", "台湾南端", "Taiwan, southern tip", 21.90, 120.85, "e", t("台湾南端", "Taiwan, south")),
]

# Places drawn on the locator only beside another: the ends of Taiwan only
# matter to keyword two's distances (Jingyuan is its place).
ONLY_WITH = {"taiwan-north": "jingyuan", "taiwan-south": "jingyuan"}

# `note`: what the report leaves open about the keyword's figures, in the
# words the page already uses for it (its summary, a section, a project's
# place, the dots' note). The keyword's CSV (its widget's "get the data")
# carries it after its rows, as a chart's CSV carries the chart's note, so
# that the file alone keeps the page's caveats (tests/editorial.rs checks
# that every caveat sentence of the summary, and every project place that
# says what the report does not, is in it).
def K(n, numeral, heading, sub, summary, sections, figures, place, note):
    return {"n": n, "numeral": numeral, "heading": heading, "subheading": sub,
            "summary": summary, "sections": [dict({"title": x[0], "body": x[1]}, **(x[2] if len(x) > 2 else {})) for x in sections],
            "figures": figures, "place": place, "note": note}


keywords = [
    K(1, "一", t("“1+6”结对模式", "The “1+6” pairing model"), t("尽显国企担当", "State-owned enterprises step up"),
      t("2022年,厦门推出“1+6”结对模式:建发集团领衔,与闽宁镇结对;另外六家国企各与一个村结对。七家国企中，报道写到了四家带来的项目、岗位和销售渠道。",
           "In 2022 Xiamen launched a “1+6” pairing model: Xiamen C&D Corporation (C&D) leads and is paired with Minning Town; six other state-owned enterprises are each paired with one village. The report describes the projects, jobs and sales channels that four of the seven brought."),
      [
        (t("一一对应结对", "One group, one partner"),
         t("“建发领衔、6企紧随”与“1镇6村”一一对应:建发集团对闽宁镇,国贸控股集团对原隆村,象屿集团对武河村,市政集团对福宁村,夏商集团对园艺村,住宅集团对木兰村,特房集团对玉海村。" + VILLAGES_UNPLACED["zh"],
           "“C&D leads, six firms follow” matches “one town, six villages”: C&D with Minning Town, Xiamen ITG Holding Group (ITG) with Yuanlong, Xiamen Xiangyu Group (Xiangyu) with Wuhe, Xiamen Municipal Group with Funing, Xiamen Xiashang Group (Xiashang) with Yuanyi, Xiamen Housing Group with Mulan and Xiamen Tefang Group with Yuhai. " + VILLAGES_UNPLACED["en"]),
         {"figures": ["k1-soes-paired", "k1-villages-paired"]}),
        (t("在当地办厂、设公司", "Plants and companies on the ground"),
         t("8月,建发集团与合兴包装合资的宁夏建兴环保科技公司投产,可为本地酒企、奶企等提供包装配套,预计年产值1.5亿元。项目还将延伸建设生活用纸等生产线,可提供150个就业岗位;它建在哪个镇村,报道没有说明。国贸控股牵头,与另外3家市(区)属国企共出资1亿元,组建宁夏贸宁物资有限公司,依托宁夏的石膏矿产资源,把厦门的技术、资金和宁夏的资源、劳动力结合起来,建一家石膏产业的总部企业。象屿集团成立宁夏象屿新能源有限公司,注册资本1亿元;公司依托宁夏的农牧产品和光伏产业,经营进出口代理、货物和技术进出口以及光伏设备销售、租赁等业务。",
           "In August Ningxia Jianxing Environmental Technology, a joint venture of C&D and Xiamen Hexing Packaging Printing, started production. It can supply packaging to local wine, dairy and other producers and expects annual output of 150 million yuan; it will later add lines such as tissue paper, and can offer 150 jobs. The report does not say in which town or village it is. ITG led three other city- or district-level state-owned enterprises in putting 100 million yuan into founding Ningxia Maoning Materials, which is to build a headquarters company for the gypsum industry and combine Xiamen's technology and money with Ningxia's gypsum deposits and workers. Xiangyu set up Ningxia Xiangyu New Energy with registered capital of 100 million yuan. Building on Ningxia's farm products and solar industry, it offers import-export agency, trade in goods and technology, and sales and leasing of solar equipment."),
         {"figures": ["k1-jianxing-output", "k1-jianxing-jobs", "k1-maoning-capital", "k1-xiangyu-capital"]}),
        (t("帮宁夏产品找销路",
           "Finding buyers for Ningxia's goods"),
         t("夏商集团以园艺村188栋第三代温棚为生产和采购基地,开辟宁夏农产品入厦“绿色通道”。报道在这一段还写到,夏商集团2022年采购果蔬79.6吨,销售额超300万元,但没有说明是否都经由这一基地。闽宁镇以葡萄酒为重点产业。为帮闽宁镇的葡萄酒打开销路,在按规定可以提供酒水的招商、外事等公务接待场合,所用葡萄酒须是闽宁协作帮扶地区的产品;报道没有说明这项规定由谁制定。建发旗下博雅葡萄酒与西夏王酒庄及原隆村德龙酒庄合作,线上线下同时销售,每年卖出30万瓶,销售额约1亿元(报道没有写明销售额是哪段时间的);每年带动原隆村300余人就业;报道说合作实现人均增收3万余元,但没有写明“人均”按谁计算。国贸控股借国际贸洽会(报道未写明全称)举办之机,推动在主展区为闽宁镇免费设立一块展示特色产品的展区,促成的销售意向有3000余万元;还协助在国贸中心银泰百货开设闽宁镇名特优产品展销馆。",
           "Xiashang uses 188 third-generation greenhouses in Yuanyi Village as a production and sourcing base, a “green channel” for Ningxia produce into Xiamen. In the same passage the report says Xiashang bought 79.6 tonnes of fruit and vegetables in 2022, with sales of over 3 million yuan, without saying whether all of it went through the base. Wine is a key industry in Minning Town. To help the town's wine find buyers, at official receptions where the rules allow drinks to be served, such as investment-promotion and foreign-affairs events, any wine served must come from the areas paired under Fujian–Ningxia cooperation; the report does not say who set the rule. C&D's Boya wine brand works with Yuanlong Village's Delong winery and the Xixia King winery, selling online and in shops: 300,000 bottles a year, and sales of about 100 million yuan (the report does not say over what period). Each year it helps over 300 people in Yuanlong into work; the report puts the income gain at over 30,000 yuan per person, without saying per person of whom. ITG used the occasion of an international trade fair (the report does not give its full name) to help bring about a free Minning Town products area in the main exhibition area, where sales worth over 30 million yuan were agreed in principle, and it helped open a Minning Town products hall at the Intime department store in the Guomao Center."),
         {"figures": ["k1-xiashang-produce", "k1-wine-bottles", "k1-wine-jobs", "k1-wine-income", "k1-fair-intent"]}),
      ], ["k1-soes-paired", "k1-villages-paired", "k1-jianxing-output", "k1-wine-jobs"], "minning",
      join(VILLAGES_UNPLACED, JIANXING_UNPLACED, t("博雅与两家酒庄的合作中," + BOYA_PLACE["zh"] + "。", "In Boya's partnership with the two wineries, " + BOYA_PLACE["en"] + "."))),
    K(2, "二", t("两岸青年“西部培力”", "Cross-strait youth: “Empowering the West”"), t("携手投身闽宁协作", "Side by side in Fujian–Ningxia cooperation"),
      t("2022年7月,厦门市海沧区海峡城乡发展基金会的“培力列车”开进泾源县集美村、红土村,建起“西部培力工作站”。台籍种子老师、台籍社造员与大陆社工组队驻村,把社区营造和社会工作带进西部乡村。报道认为,这是厦门将两岸融合发展的探索延伸到对口协作地区,也是闽宁协作在社会帮扶上的一次专业化实践。",
           "In July 2022 the “Empowerment Train” of the Straits Urban-Rural Development Foundation, based in Xiamen's Haicang District, reached Jimei and Hongtu villages in Jingyuan County and set up the “Empowering the West” workstation. Seed teachers and community-building workers from Taiwan formed teams with mainland social workers to live in the villages and bring community building and social work to the rural west. The report presents this as Xiamen extending its cross-strait integration work to its partner areas, and as professional practice in social assistance under Fujian–Ningxia cooperation."),
      [
        (t("比台湾南北更远的路",
           "Farther than the length of Taiwan"),
         t("“我们奔赴的是一场心灵融合的旅程。”报道这一部分以这样一句话开头,未注明说话人。这段话还说,台湾从南到北约380公里,而从厦门到宁夏超过2000公里。工作站采用“1+1+1”模式:台籍种子老师、台籍社造员和大陆社工一起驻村服务;工作站设在哪个村,报道没有写明。",
           "“Ours is a journey of hearts coming together,” runs a remark that opens this part of the report, without saying who made it. The same remark says Taiwan is about 380 km from north to south, while Xiamen to Ningxia is over 2,000 km. The workstation runs on a “1+1+1” model: a seed teacher from Taiwan, a community-building worker from Taiwan and a mainland social worker serve in the villages together; the report does not say in which village the workstation is."),
         {"items": [t("台籍种子老师", "a seed teacher from Taiwan"), t("台籍社造员", "a community-building worker from Taiwan"), t("大陆社工", "a mainland social worker")]}),
        (t("从村民的需要出发", "Starting from what villagers need"),
         t("两岸青年走村入户,做访谈和问卷,从“人文地产景”五个层面自下而上梳理村民需求,策划了8个项目,从改造村里的产业空间到帮扶老人、促进儿童全面发展;再与当地干部群众共同商议项目怎么实施。",
           "The cross-strait youth team went from house to house with interviews and questionnaires, sorting villagers' needs from the bottom up along five dimensions: people, culture, land, industry and landscape. They planned eight projects, from better spaces for village industries to help for the elderly and children's all-round development, and then discussed with local officials and villagers how to carry them out."),
         {"figures": ["k2-layers", "k2-projects"]}),
        (t("让村民当主人", "Getting villagers involved"),
         t("为了让留守老人、妇女和儿童参与村里的公共事务,两岸青年举办了“认识我家”“假日FUN电影”“古建筑拼一拼”等活动,还为老人举办了健康饮食分享会、生日会和烘焙课。",
           "To draw left-behind elderly people, women and children into village affairs, the cross-strait youth team ran activities such as “Know My Home”, “Holiday FUN Films” and “Old Buildings Puzzle”, and held healthy-eating talks, birthday parties and baking classes for the elderly."),
         {}),
        (t("一个站带动一片", "One station, many partners"),
         t("以工作站为“火车头”,培力列车协助厦门11家社会组织与泾源县11个村结对,链接爱心资源55万多元;还加入宁夏的“闽宁台协作——社区工作对口帮扶”项目,与固原市4家社会组织结成伙伴,促进闽宁台三地基层社区工作的交流。",
           "With the workstation as its engine, the Empowerment Train helped 11 Xiamen social organizations pair with 11 villages in Jingyuan and brought in charitable resources worth over 550,000 yuan. It also joined Ningxia's Fujian–Ningxia–Taiwan programme of paired community work, partnering four social organizations in Guyuan so that community workers in the three places learn from one another."),
         {"figures": ["k2-orgs", "k2-jingyuan-villages", "k2-resources", "k2-guyuan-orgs"]}),
      ], ["k2-orgs", "k2-resources", "k2-projects", "k2-villages"], "jingyuan",
      join(PAIRS_UNMATCHED, STATION_UNPLACED)),
    K(3, "三", t("“三破三变”", "“Three breaks, three shifts”"), t("推动闽宁产业园建设", "Building the Minning Industrial Park"),
      t("闽宁产业园位于宁夏银川市永宁县闽宁镇,总规划面积近96万平方米,报道称它是厦门湖里区、思明区助力闽宁镇的“强力引擎”。报道还说,园区2022年9月开工后建设推进很快,这得益于厦门“三破三变”的做法。",
           "The Minning Industrial Park, in Minning Town, Yongning County, Yinchuan, Ningxia, has a planned area of nearly 960,000 square metres, or nearly 96 hectares. The report calls it a powerful engine of the help that Xiamen's Huli and Siming districts give Minning Town. Building began in September 2022 and, the report says, has moved fast, thanks to Xiamen’s “three breaks, three shifts” approach."),
      [
        (t("破“各自为战”困局:从“单打独斗”到“协作共建”", "Break with “each fighting its own battle”: from going it alone to building together"),
         t("“三区县”政府(我们理解为厦门湖里区、思明区和宁夏永宁县)签订园区合作框架协议,成立建设指挥部,由三方政府主要领导任总指挥,统筹园区的规划、建设和运营;按“宁夏点单+厦门上菜”的方式,从厦门选派挂职干部和专技人才。",
           "The governments of the “three districts and counties” (as we read it, Xiamen's Huli and Siming districts and Ningxia's Yongning County) signed a framework agreement for the park and set up a construction command centre, with the three governments' top officials jointly in overall command, to plan, build and run it. Under “Ningxia orders, Xiamen serves”, Xiamen sends seconded officials and technical professionals to fill what the park asks for."),
         {"before": t("单打独斗", "going it alone"), "after": t("协作共建", "building together"), "figures": ["k3-governments"]}),
        (t("破“体制机制”壁垒:从“政府主导”到“政企联动”", "Break with institutional barriers: from government-led to government and business together"),
         t("三方政府引导3家区(县)属国企共同出资,以1亿元注册资本金成立宁夏闽宁产业园发展有限公司,参与核心区办公商业配套和通用厂房开发,并负责招商和运营;园区实行“建设指挥部+公司”运行体系,企业入园由“政府+指挥部+企业”共同审核。",
           "The three governments steered three district- and county-level state-owned enterprises into jointly founding Ningxia Minning Industrial Park Development Co., with registered capital of 100 million yuan. The company takes part in developing offices, shops and standard factory buildings in the park's core area and handles investment promotion and running the park, under a “command centre + company” system; firms entering the park are vetted by “government + command centre + business”."),
         {"before": t("政府主导", "government-led"), "after": t("政企联动", "government and business together"), "figures": ["k3-platform-soes", "k3-platform-capital"]}),
        (t("破“盲目定位”老路:从“粗放式”招商到“精准化”链式招商", "Break with aimless positioning: from scattershot to targeted investment along industry chains"),
         t("园区依托宁夏资源,主攻葡萄酒产业链延伸和农副产品精深加工,另一个主攻方向是纺织服装、机械制造等劳动密集型产业;永宁县出台《闽宁产业园优惠政策实施办法》,推出8项政策,并提供厂房量身定制、手续“保姆式”代办、园区整体授信和厂房按揭贷款等全套服务。",
           "Building on Ningxia's resources, the park targets firms that extend the wine industry chain and process farm produce and, as a second line, labour-intensive industries such as textiles, clothing and machinery. Yongning County issued implementing rules with eight incentive policies for the park, and offers a full package: factories built to order, paperwork handled for investors, park-wide credit lines and factory mortgages."),
         {"before": t("“粗放式”传统招商", "scattershot investment drives"), "after": t("“精准化”链式招商", "targeted investment along industry chains"), "figures": ["k3-policies"]}),
      ], ["k3-park-area", "k3-platform-capital", "k3-policies"], "minning",
      THREE_GOVERNMENTS),
    K(4, "四", t("“四个聚焦”", "The “four focuses”"), t("提升示范村建设水平", "Raising the bar for model villages"),
      join(t("在彭阳县,厦门把力量集中在四个方面:巩固成果、发展产业、建设乡村、加强基层治理,推动示范村提档升级。",
             "In Pengyang County, Xiamen focused on four things — securing gains, industry, village building and local governance — to upgrade the county's model villages."), PY_CAVEAT),
      [
        (t("聚焦成果巩固", "Focus on securing gains"),
         t("帮扶的重点是不稳定户和边缘易致贫户。2022年,厦门安排的帮扶专项资金共1800余万元,惠及354户脱贫户。着眼持续增收,厦门实施了5个短平快产业项目,援建12个帮扶车间,开展消费帮扶1.8亿元,帮助落实农村劳动力就业3732人;还举办劳务协作培训班9期、专技人才培训30期、乡村振兴干部培训3期,并培育出农村致富带头人68个。报道没有说明这些数字是否计入【数据】栏目的相应数字,也没有说明口径。比如这里的消费帮扶是1.8亿元,【数据】栏目记的是厦门销售宁夏产品5670万元、全年累计采购和帮助销售“两县一镇”农产品8.86亿元。至于就业和帮扶车间,这里是3732人、12个,【数据】栏目记的是“两县一镇”13138人获帮助就业、厦门援建帮扶车间30个。",
           "The focus is on households whose escape from poverty is not yet secure and households on the margin that could fall into it. In 2022 Xiamen allocated over 18 million yuan of dedicated funds in all, reaching 354 households lifted out of poverty. To keep incomes rising there were five quick-return industry projects, 12 poverty-alleviation workshops built with Xiamen's help and 180 million yuan of consumption assistance, and 3,732 rural workers were placed in jobs. Xiamen ran nine labour cooperation training courses, 30 training courses for technical professionals and three rural revitalization courses for officials, and Xiamen fostered 68 rural residents to lead others to prosperity. The report does not say whether the data box's figures include these, or how they were counted. Pengyang's consumption assistance is 180 million yuan; the data box counts 56.7 million yuan of Ningxia products Xiamen sold, and farm produce worth a cumulative 886 million yuan that Xiamen bought or helped sell from the two counties and one town over the year. Beside Pengyang's 3,732 rural workers placed in jobs and 12 workshops, the box counts 13,138 workers from the two counties and one town helped into jobs and 30 workshops built with Xiamen's help."),
         {"figures": ["k4-funds", "k4-households", "k4-quick-projects", "k4-workshops", "k4-jobs", "k4-consumption", "k4-labour-trainings", "k4-pro-trainings", "k4-cadre-trainings", "k4-leaders"]}),
        (t("聚焦产业发展", "Focus on industry"),
         t("通过大数据分析,明确了重点深度开发的优势资源:彭阳的辣椒、苹果、红梅杏、朝那鸡、肉牛、蜂蜜和小秋杂粮。引进国贸控股、夏商集团等龙头企业,开展集中养殖、精深加工、大型流通和品种研发,帮助建设肉牛“出户入园”养殖示范基地和肉牛养殖示范村各2个。报道说,让农户以土地流转、带资入股等方式参与产业融合,并推广“订单收购+分红”和“农民入股+保底收益+按股分红”等做法,为的是让他们多分享产业融合发展带来的增值收益。",
           "Big-data analysis singled out the local strengths to develop in depth: Pengyang's chilli, apples, Hongmei apricots, Chaona chicken, beef cattle, honey and minor grains. Xiamen ITG Holding Group, Xiamen Xiashang Group and other leading firms were brought in for large-scale farming, processing, distribution and breeding research, and Xiamen has helped to build two model bases where cattle move “out of the yard, into the park” and two model cattle-raising villages. The report says farmers are to take part by leasing out land or investing their own money, and that models such as “contract purchase plus dividends” and “farmer shares plus a guaranteed return plus dividends” are being promoted so that farmers get more of the added value."),
         {"figures": ["k4-cattle-bases", "k4-cattle-villages"], "items": [t("辣椒", "chilli"), t("苹果", "apples"), t("红梅杏", "Hongmei apricots"), t("朝那鸡", "Chaona chicken"), t("肉牛", "beef cattle"), t("蜂蜜", "honey"), t("小秋杂粮", "minor grains")]}),
        (t("聚焦乡村建设", "Focus on village building"),
         t("注重保护传统村落和乡村风貌,并建立“不规划不设计、不设计不建设”的制约机制;推动城乡供水和污水处理管网向农村延伸覆盖;报道称,水、电、路、网、讯等基础设施已做到“户达”。此外,开展农村人居环境整治提升五年行动,统筹改厕和污水、黑臭水体治理,生活垃圾按“户分类、村转运、乡处理”处置。",
           "Traditional villages and their character are to be protected, and a rule is set: no design without a plan, and no building without a design. Xiamen has pushed to extend urban and rural water supply and sewage networks into the countryside, and, the report says, water, power, roads, internet and telecoms now reach every household. A five-year campaign to improve rural living conditions covers upgrading toilets and treating sewage and black and odorous water, and rubbish is to be sorted by households, collected by villages and treated by townships."),
         {}),
        (t("聚焦基层治理", "Focus on local governance"),
         t("以“行政村(社区)+社会组织+企业”组团的方式,与5个闽宁乡村振兴示范村结对;选派乡村治理专业人士指导、挂职,借鉴厦门社区治理经验培养当地人才;报道还写到,建成了新时代文明实践所,推行文明实践积分卡,并成立红白理事会、完善村规民约、建起“一约四会”。闽宁乡村振兴示范村由谁评定、共有多少个,报道没有说明。",
           "Teams of a village or urban community, a social organization and a company pair with five Fujian–Ningxia model villages for rural revitalization. Rural governance specialists are sent to advise and take up posts, and Xiamen's experience of community governance is used to train local people. The report adds that a New Era civilization practice institute was set up, a points-card system for civic conduct was introduced, and a council for weddings and funerals, updated village rules and the “one pact, four councils” system followed; it does not say who set each up. Nor does it say who names the Fujian–Ningxia model villages for rural revitalization, or how many there are."),
         {"figures": ["k4-demo-villages"]}),
      ], ["k4-funds", "k4-households", "k4-jobs", "k4-consumption"], "pengyang",
      join(PY_CAVEAT, PY_UNLINKED)),
    K(5, "五", t("“五个延续”", "The “five continuations”"), t("彰显厦门格局", "Xiamen's broader vision"),
      t("2021年东西部结对关系调整,厦门不再与甘肃省临夏州结对。报道说,“结对调整不是终点,厦临情缘没有断点”成了厦门政府和群众的普遍共识。两地随即签订友好交流合作框架协议,厦门在劳务协作、消费帮扶、产业合作、智力扶持和组织共帮五个方面继续帮扶临夏。",
           "When East–West pairings were reshuffled in 2021, Xiamen stopped being paired with Linxia Prefecture in Gansu Province. “A change of pairing is not the end point; the bond between Xiamen and Linxia has no break point” became, the report says, a view shared across Xiamen's government and public. The two signed a framework agreement on continued friendly exchange and cooperation, and Xiamen has kept helping Linxia in five areas: labour cooperation, consumption assistance, industrial cooperation, know-how, and joint help from organizations."),
      [
        (t("临工厦用", "Linxia workers, Xiamen jobs"),
         t("2022年开春,厦门就派人赴临夏招聘,3个航班包机“点对点”送近400名临夏务工人员来厦。截至报道时,已有5573名临夏籍劳动力在厦就业。报道说,这既帮临夏人找到了工作,也补上了厦门企业的用工缺口。",
           "Recruiters went to Linxia as soon as spring began in 2022, and three charter flights took nearly 400 workers straight to Xiamen. As of the report, 5,573 workers from Linxia had found jobs in Xiamen; the report says this also eases Xiamen firms' labour shortages."),
         {"figures": ["k5-flights", "k5-flight-workers", "k5-workers"]}),
        (t("临菜优质", "Linxia vegetables on Xiamen tables"),
         t("厦门出台了扶持“菜篮子”产品生产和销售的政策;报道说,夏商集团在“高原夏菜”专区档口销售,让高原夏菜在上市季节稳定供应;绿百合公司在临夏建了高原夏菜种植基地,共销售高原夏菜6570吨,是哪段时间卖出的,报道没有写明。",
           "Xiamen issued a policy supporting the production and sale of “vegetable basket” staples. The report says Xiamen Xiashang Group's plateau summer vegetable stalls keep a steady supply in season, and Lübaihe, which built a plateau summer vegetable base in Linxia, has sold 6,570 tonnes of them in all; the report does not say over what period."),
         {"figures": ["k5-vegetables"]}),
        (t("延续厦企奖补政策", "Rewards and subsidies for Xiamen firms continue"),
         t("厦门继续对在临夏经营的厦企给予奖补;厦临集团等30多家由厦门引导投资的企业仍在临夏生产经营;报道说,它们带动了当地就业增收。",
           "Xiamen keeps rewarding and subsidizing its firms in Linxia, and over 30 firms it steered to invest there, the Xialin Group among them, are still producing in Linxia, creating local jobs and income, the report says."),
         {"figures": ["k5-enterprises"]}),
        (t("临智厦扶", "Xiamen know-how for Linxia"),
         t("厦门接收了18名临夏州医护人员来厦进修,并协助临夏州中医院争创三甲医院。厦门通过“少数民族紧缺人才专项”招收了12名临夏学生。厦门技师学院和临夏现代职业学院签订了合作办学协议,开设短期技能培训班,学生有生活补贴,往返交通费可以报销。",
           "Xiamen hosted 18 Linxia medical staff for advanced training and is helping Linxia Prefecture's hospital of traditional Chinese medicine in its bid to become a Grade-A tertiary hospital. Xiamen admitted 12 Linxia students under a scheme for ethnic-minority talent in short supply, and Xiamen Technician College signed a joint-education agreement with Linxia Modern Vocational College to run short skills courses; students get a living allowance and are reimbursed for round-trip travel."),
         {"figures": ["k5-medics", "k5-students"]}),
        (t("有难同扛", "Sharing hard times"),
         t("厦门杏林服装厂为临夏州单子庄小学捐赠衣物200余件。临夏州防疫期间,厦门市台办、湖里区、火炬高新区、厦临集团和拓奇实业有限公司五方,共向临夏州有关州县捐赠了价值502万余元的抗疫物资。",
           "Xiamen Xinglin Garment Factory gave over 200 items of clothing to Danzizhuang Primary School in Linxia. During Linxia's COVID-19 response, five donors (the Xiamen Taiwan Affairs Office, Huli District, the Xiamen Torch Hi-tech Industrial Development Zone, the Xialin Group and Tuoqi Industrial) gave the prefecture and its counties COVID-19 supplies worth over 5.02 million yuan in all."),
         {"figures": ["k5-clothes", "k5-epidemic-supplies"]}),
      ], ["k5-workers", "k5-vegetables", "k5-epidemic-supplies"], "linxia",
      VEG_UNDATED),
]

# What a keyword shows besides its sections is data, not code: a feature of
# a named kind (one view component per kind) and a layout for its sections.
SHOWS = {1: {"feature": "pairing"}, 2: {"feature": "youth-pairs"}, 3: {"layout": "changes"}}
for k in keywords:
    k.update(SHOWS.get(k["n"], {}))

box = [
    ("pairing", t("全面拓展结对帮扶领域", "Pairing across society"),
     t("厦门的学校、医院、镇街、村社、企业和社会组织与帮扶地对应结对。",
           "Xiamen schools, hospitals, towns and sub-districts, villages and communities, firms and social organizations were paired with the partner areas.")),
    ("funding", t("资金帮扶", "Financial support"),
     t("一年来,厦门向宁夏投入财政帮扶资金,社会力量也投入了帮扶资金;实施的帮扶项目有72个。",
           "Over the year Xiamen put fiscal support funds into Ningxia, and non-government sources added support funds of their own; 72 support projects were carried out.")),
    ("industry", t("产业合作", "Industrial cooperation"),
     t("2022年,厦门共引导113家企业赴宁夏考察;在“两县一镇”落地投资的企业有52家,报道没有说明它们是否在这113家之中。厦门援建的30个帮扶车间,报道没有写明建在哪里,也没有说明是否包括彭阳县一节所列的12个。落地企业和帮扶车间的用工人数,统计的是在这些企业、车间就业的人;“劳务协作”栏统计的是厦门帮助实现就业的人。我们认为两者口径不同,不宜对比;报道没有说明两者是否重叠。",
           "In 2022 Xiamen steered 113 firms in all to visit Ningxia; 52 firms invested in the two counties and one town, and the report does not say whether they are among the 113. Nor does it say where the 30 poverty-alleviation workshops built with Xiamen's help are, or whether they include the 12 listed under Pengyang's model villages. Jobs at those firms and at the poverty-alleviation workshops count the people working there; the Labour cooperation section counts the workers Xiamen helped into jobs. We read these as different measures that should not be compared; the report does not say whether they overlap.")),
    ("labour", t("劳务协作", "Labour cooperation"),
     t("本栏包括在厦门稳定就业的中西部农村劳动力、厦门帮助实现就业的“两县一镇”农村劳动力,以及劳务协作培训。",
           "This section covers rural workers from central and western provinces in steady jobs in Xiamen, rural workers from the two counties and one town whom Xiamen helped into jobs, and labour cooperation training.")),
    ("consumption", t("消费帮扶",
           "Consumption assistance"),
     t("厦门建成消费帮扶专柜、专馆、专区,销售宁夏产品,并采购、帮助销售“两县一镇”的农产品。销售宁夏产品的金额,报道与这些网点写在同一句里,但没有说明是否都经由这些网点售出;它和“两县一镇”农产品的金额是什么关系,报道也没有说明。彭阳县一节另列有消费帮扶1.8亿元;这些金额各按什么口径统计、是否重叠,报道都没有说明。",
       "Xiamen set up consumption assistance counters, halls and zones, sold Ningxia products, and bought or helped sell farm produce from the two counties and one town. The report gives the sales of Ningxia products in the same sentence as the outlets, without saying whether all of it went through them, nor how it relates to the figure for the two counties and one town. The section on Pengyang's model villages lists 180 million yuan of consumption assistance; the report does not say how any of these sums was counted or whether they overlap.")),
    ("talent", t("闽才宁用", "Fujian talent for Ningxia"),
     t("厦门先后选派挂职干部和专技人才赴宁夏,全年开展专技培训。",
           "Xiamen has seconded officials and sent technical professionals to Ningxia, and ran technical training courses through the year.")),
]
charts = [
    {"id": "funding", "title": t("帮扶资金:财政与社会力量", "Support funds: fiscal and non-government"), "period": "2022",
     "note": t("报道写明财政帮扶资金投向宁夏,没有写明社会力量的帮扶资金投向哪里;它把财政帮扶资金写作累计数,没有说明社会力量的帮扶资金是否也是累计数;两项都是报道所说“一年来”的数字。",
               "The report says the fiscal funds went to Ningxia but not where the non-government funds went; it gives the fiscal funds as a cumulative total and does not say whether the non-government funds are one too; it dates both to the past year."),
     "panels": [{"title": t("按资金来源", "By source"), "figures": ["funding-fiscal", "funding-social"]}]},
    # One count at one scope: the workers helped into jobs, with those from
    # households lifted out of poverty inside the bar. Jobs at the firms and
    # workshops Xiamen brought in count something else (people working there,
    # from anywhere) and stay as stats under Industrial cooperation.
    {"id": "employment", "title": t("厦门帮助“两县一镇”农村劳动力就业", "Rural workers from the two counties and one town whom Xiamen helped into jobs"), "period": "",
     "note": t("斜纹部分为其中的脱贫劳动力。报道没有说明这些劳动力在哪里就业;落地企业和帮扶车间的用工人数,我们认为是另一种统计,列在“产业合作”栏。",
               "Hatched: workers from households lifted out of poverty. The report does not say where these workers found jobs; jobs at the investing firms and the poverty-alleviation workshops Xiamen helped build are, as we read them, a different measure, listed under Industrial cooperation."),
     "panels": [{"title": t("“两县一镇”农村劳动力", "Workers from the two counties and one town"), "figures": ["labour-ningxia"]}]},
    # No chart for the pairings (schools, hospitals, towns and sub-districts
    # …) or the consumption outlets (counters, halls, zones): each sets
    # unlike kinds of thing on one axis (a school beside a town, a counter
    # beside a hall). The data view lists their figures as stats.
    {"id": "talent", "title": t("厦门先后选派赴宁夏的人员", "People Xiamen has sent to Ningxia"), "period": "",
     "panels": [{"title": t("赴宁夏", "To Ningxia"), "figures": ["talent-professionals", "talent-cadres"]}]},
    {"id": "pengyang", "title": t("彭阳县示范村一节所列的培训", "Training courses listed under Pengyang's model villages"), "period": "",
     "note": t("报道把这些数字写在彭阳县示范村建设之下,没有说明各项统计的是全县还是示范村,也没有说明是否计入【数据】栏目的劳务协作培训班68期和全年专技培训76期。",
               "The report gives these figures under Pengyang's model villages, without saying whether each counts the county or those villages, or whether they are among the data box's 68 labour cooperation training courses and its 76 technical training courses for the year."),
     "panels": [{"title": t("按培训类别", "By kind of course"), "figures": ["k4-pro-trainings", "k4-labour-trainings", "k4-cadre-trainings"]}]},
]
for c in charts:
    c["keyword"] = {"pengyang": 4}.get(c["id"])
    if c["keyword"] is None:
        del c["keyword"]

def ctx(title, body, general=None):
    d = {"title": title, "body": body}
    if general: d["general"] = general
    return d

context = [
    ctx(t("什么是东西部协作", "What East–West cooperation is"),
        t("按报道的说法,厦门把东西部协作当作一项重要举措,用来巩固、拓展脱贫攻坚成果,并使之同乡村振兴有效衔接。",
          "In the report's terms, Xiamen treats East–West cooperation as a key way to consolidate and expand the achievements in poverty alleviation and link them effectively with rural revitalization."),
        t("东西部协作是国家安排东部较发达的省市与西部地区结对帮扶的做法;福建与宁夏自1996年起结对,这就是“闽宁协作”。中国在2021年2月宣布消除了绝对贫困(目标期限是2020年底);按中央的部署,脱贫攻坚目标任务完成后设立五年过渡期(2021—2025年),工作重心从脱贫攻坚转向乡村振兴。所以报道讲“巩固拓展脱贫攻坚成果”,也会提到脱贫户和有返贫、致贫风险的家庭。",
          "East–West cooperation is a national arrangement that pairs better-off eastern provinces and cities with western regions. Fujian and Ningxia have been paired since 1996: that is the Fujian–Ningxia cooperation. China declared in February 2021 that it had ended absolute poverty (its deadline was the end of 2020). The central authorities had set a five-year transition, 2021–25, to follow that goal, in which the work shifts from fighting poverty to rural revitalization. That is why the report speaks of consolidating the achievements in poverty alleviation, and of households lifted out of poverty and households at risk of falling into poverty or back into it.")),
    ctx(t("宁夏和临夏在哪里", "Where Ningxia and Linxia are"),
        t("报道写明,闽宁镇属宁夏回族自治区银川市永宁县,临夏州属甘肃省;报道引用的一句话说,从厦门到宁夏超过2000公里。",
          "The report places Minning Town in Yongning County, Yinchuan, in the Ningxia Hui Autonomous Region, and Linxia Prefecture in Gansu Province; a remark it quotes puts Xiamen to Ningxia at over 2,000 km."),
        t("宁夏在中国西北、黄河上游,首府银川;临夏回族自治州在甘肃省兰州市西南,是回族、东乡族等少数民族聚居的地区;厦门在东南沿海的福建省。",
          "Ningxia lies in north-west China on the upper Yellow River, with Yinchuan as its capital; Linxia Hui Autonomous Prefecture is in Gansu, south-west of Lanzhou, and is home to large Hui and Dongxiang communities among other ethnic minorities; Xiamen is on the coast of Fujian, in the south-east.")),
    ctx(t("“两县一镇”和“三区县”指什么", "What “the two counties and one town” and “the three districts and counties” mean"),
        t("报道的【数据】栏目有几项数字按“两县一镇”统计,但没有写明是哪两县、哪一镇。报道的故事发生在彭阳县、泾源县和闽宁镇,我们据此理解为这两个县和这个镇。报道说闽宁产业园是厦门湖里区、思明区助力闽宁镇的引擎,园区由“三区县”政府共建,我们据此理解为湖里区、思明区和闽宁镇所在的永宁县。厦门从何时起与这两个县和闽宁镇结对,报道没有写明。",
          "The report's data box counts several results for “the two counties and one town” without naming them. Its stories take place in Pengyang and Jingyuan counties and in Minning Town, which is how we read the phrase. The report calls the Minning Industrial Park a powerful engine of Huli and Siming districts' help for Minning Town and says the “three districts and counties” build it together, which we read as Huli, Siming and Yongning County, where Minning Town lies. The report does not say since when Xiamen has been paired with the two counties and the town."),
        t("彭阳县和泾源县属宁夏南部山区的固原市。", "Pengyang and Jingyuan counties belong to Guyuan, in the hills of southern Ningxia.")),
    ctx(t("闽宁镇为什么叫“闽宁”", "Why Minning Town is called “Minning”"),
        t("在报道中,闽宁镇是厦门“1+6”结对中的“1镇”,也是闽宁产业园所在地;葡萄酒是当地的重点产业。",
          "In the report, Minning Town is the “one town” of Xiamen's “1+6” pairing and home to the Minning Industrial Park; wine is one of its key industries."),
        t("“闽”是福建的简称,“宁”是宁夏的简称。闽宁镇因闽宁协作得名,起初是安置宁夏南部山区搬迁群众的移民村:1997年,时任福建省委副书记习近平到宁夏考察后,提议建设这个移民村,定名“闽宁村”。2021年热播的电视剧《山海情》讲的就是这里的故事。",
          "闽 (Min) is the short name for Fujian and 宁 (Ning) for Ningxia. The town is named after Fujian–Ningxia cooperation; it began as a settlement for families moved out of the hills of southern Ningxia, proposed in 1997 by Xi Jinping, then a deputy Party secretary of Fujian, and first called Minning Village. Its story is told in the 2021 television drama “Minning Town” (山海情, literally “the bond of mountains and sea”).")),
    ctx(t("标题里的“山”和“海”", "The mountains and the sea in the title"),
        t("标题“山海一家亲”把相隔遥远的两地说成一家人。我们理解,“山”指宁夏,“海”指厦门;标题也与讲闽宁镇故事的电视剧《山海情》呼应。", "The title, “mountains and sea, one family”, casts two distant places as one family; we read the mountains as Ningxia and the sea as Xiamen, and the title as an echo of “Minning Town” (山海情), the television drama about the town."),
        t("宁夏地处西北内陆,南部多山;厦门在东南沿海。", "Ningxia is inland, in the north-west, and hilly in the south; Xiamen is on the south-east coast.")),
    ctx(t("为什么有台湾青年", "Why young people from Taiwan are in Ningxia"),
        t("报道认为,两岸青年以“社区营造+社会工作”服务西部乡村,是厦门将两岸融合发展的探索延伸到对口协作地区。",
          "The report presents the cross-strait youth team's community building and social work in western villages as Xiamen carrying its work on cross-strait integration into the partner areas."),
        t("“两岸融合发展”是北京对台政策的一项主张:鼓励台湾民众和企业到大陆学习、就业、创业和生活,推动两岸经济、社会融合。厦门与台湾隔海相望,是大陆推动两岸融合发展的前沿城市之一。",
          "“Cross-strait integration” is a plank of Beijing's policy towards Taiwan: it encourages people and businesses from Taiwan to study, work, start businesses and live on the mainland, and seeks to bind the two sides' economies and societies more closely. Xiamen faces Taiwan across the strait and is one of the mainland's front-line cities for that policy.")),
    ctx(t("厦门的国企", "Xiamen's state-owned enterprises"),
        t("报道中与闽宁镇和六个村结对的七家国企,是建发、国贸控股、象屿、市政、夏商、住宅和特房集团。",
          "The seven state-owned enterprises paired with Minning Town and six villages in the report are Xiamen C&D Corporation (C&D), Xiamen ITG Holding Group (ITG), Xiamen Xiangyu Group (Xiangyu), Xiamen Municipal Group, Xiamen Xiashang Group (Xiashang), Xiamen Housing Group and Xiamen Tefang Group (Tefang)."),
        t("它们都是厦门市属国有企业集团;建发、国贸控股、象屿以供应链和贸易为主业,夏商经营商贸和“菜篮子”民生供应,市政集团以城市基础设施建设和运营为主,住宅和特房以房地产和建设为主。",
          "All are owned by the Xiamen city government. C&D, ITG and Xiangyu are mainly supply-chain and trading groups, Xiashang runs retail and “vegetable basket” supplies of everyday food, Xiamen Municipal Group mainly builds and runs urban infrastructure, and Housing and Tefang are mainly property and construction groups.")),
    ctx(t("什么是消费帮扶", "What “consumption assistance” means"),
        t("报道中的消费帮扶,包括厦门建成专柜、专馆和专区,销售宁夏产品,以及采购、帮助销售“两县一镇”的农产品;宁夏产品是否都经由这些网点售出,报道没有说明。",
          "In the report, consumption assistance means Xiamen building counters, halls and zones and selling Ningxia products, and buying or helping to sell farm produce from the two counties and one town; the report does not say whether the Ningxia products were all sold through those outlets.")),
    ctx(t("什么是帮扶车间", "What a poverty-alleviation workshop is"),
        t("报道写到厦门在彭阳县援建帮扶车间12个;【数据】栏目另记厦门援建帮扶车间30个,车间吸纳农村劳动力就业,但没有写明这30个建在哪里,也没有说明是否包括彭阳县的12个。",
          "The report says Xiamen helped build 12 poverty-alleviation workshops in Pengyang. Its data box counts 30 workshops built with Xiamen's help that employ rural workers, but does not say where they are or whether Pengyang's 12 are among them."),
        t("帮扶车间一般是建在村里或村旁、多有补贴的小型车间或工厂,让村民在家门口就业。",
          "A poverty-alleviation workshop is usually a small, often subsidized workshop or factory in or near a village, so that villagers can work close to home.")),
    ctx(t("“一约四会”和文明实践", "The “one pact, four councils” and civility campaigns"),
        t("报道在彭阳县部分写到,建成了新时代文明实践所,还成立了红白理事会、完善了村规民约、建起了“一约四会”,但没有写明由谁建成。",
          "In its Pengyang section the report says a New Era civilization practice institute was set up, a council for weddings and funerals formed, village rules updated and the “one pact, four councils” system adopted, without saying who did each."),
        t("“一约”指村规民约,“四会”通常指红白理事会、村民议事会、道德评议会和禁毒禁赌会;红白理事会提倡婚丧从简。新时代文明实践所是乡镇一级开展文明实践活动的场所,上有县级的中心,下有村级的站。",
          "The “one pact” is the village compact; the “four councils” usually mean a council for weddings and funerals, a villagers' deliberation council, a moral review council and a council against drugs and gambling. The council for weddings and funerals promotes simple, inexpensive ceremonies. A New Era civilization practice institute (所) is the township-level venue for such activities, between the county-level centres and the village-level stations.")),
    ctx(t("厦门与临夏", "Xiamen and Linxia"),
        t("报道说,2021年东西部结对关系调整后,厦门不再与临夏州结对,但两地签订协议,延续协作。调整的原因,以及此后临夏与哪里结对,报道都没有说明。",
          "The report says that after the 2021 reshuffle of East–West pairings Xiamen is no longer paired with Linxia, but the two signed an agreement to keep working together. It gives no reason for the reshuffle and does not say who Linxia has been paired with since."),
        t("按国务院扶贫办的安排,厦门自2010年起对口帮扶临夏州。2021年调整后,临夏州的县市改由山东省济南市结对协作,例如临夏县与济南高新区、临夏市与济南市市中区(据临夏州政府网站和当地媒体的报道)。",
          "Xiamen had been paired with Linxia since 2010, under an arrangement by the State Council's poverty alleviation office. Since the 2021 reshuffle, Linxia's counties and its city have been paired with parts of Jinan, in Shandong Province: Linxia County with the Jinan High-tech Zone and Linxia City with Jinan's Shizhong District, for example (as the Linxia government's website and local media report).")),
    # The data box's "22个中西部省份" is a fixed term of the anti-poverty
    # campaign, not a geographical claim: said as the report's term, and
    # explained as general knowledge.
    ctx(t("“22个中西部省份”指什么", "What “22 central and western provinces” means"),
        t("报道【数据】栏目说,在厦门稳定就业三个月以上的农村劳动力来自“22个中西部省份”,没有列出是哪些省份。",
          "The report's data box says the rural workers in steady jobs in Xiamen for three months or more come from “22 central and western provinces”, without listing them."),
        t("这是脱贫攻坚中的固定说法:2015年11月的中央扶贫开发工作会议上,中西部22个省区市的党政主要负责人向中央签署了脱贫攻坚责任书(据新华社报道)。这22个省区市中也有按通常的东、中、西部划分不属中西部的省份,如河北、海南,所以这个说法并不表示它们都在中西部。",
          "It is a fixed term of China's anti-poverty campaign: at the central conference on poverty alleviation in November 2015, the Party and government heads of 22 provinces, autonomous regions and municipalities signed pledges to the central authorities (as Xinhua reported). The 22 include provinces that the usual east–central–west division does not count as central or western, such as Hebei and Hainan, so the term does not mean they all lie in central or western China.")),
    ctx(t("什么是高原夏菜", "What plateau summer vegetables are"),
        t("报道写到,夏商集团设有“高原夏菜”专区档口,绿百合公司在临夏建了高原夏菜种植基地。",
          "The report says Xiamen Xiashang Group has plateau summer vegetable stalls and that Lübaihe built a plateau summer vegetable base in Linxia."),
        t("“高原夏菜”一般指夏季在甘肃、宁夏、青海等西北高海拔地区种植的蔬菜:那里夏天凉爽,蔬菜正好在南方和东部天热、本地菜少的时候上市。",
          "Plateau summer vegetables are, broadly, vegetables grown in summer in the high, cool north-west, in Gansu, Ningxia and Qinghai, which reach southern and eastern markets when heat there cuts local supply.")),
    ctx(t("钱折合多少美元", "What the sums are in dollars"),
        t("报道中的金额都以人民币元计。", "The report gives every sum in yuan."),
        t("2022年底,1美元约合6.96元人民币;按此计算,1.615亿元约合2300万美元。",
          "At the end of 2022 one US dollar was worth about 6.96 yuan, so 161.5 million yuan was about $23 million.")),
    ctx(t("报道提到的认可", "Recognition the report mentions"),
        t("报道说,《人民日报》《光明日报》和新华社等媒体先后报道过厦门的帮扶经验和成效;案例《“双带”模式撬动“双向”产业转移帮扶赋能》被评为第三届“全球减贫案例征集活动”的最佳案例。",
          "The report says Xiamen's experience and results were covered by the People's Daily, the Guangming Daily, Xinhua and other media, and that a case study of its work on two-way industrial transfer was named one of the best cases in the third call of the Global Solicitation on Best Poverty Reduction Practices."),
        t("这项活动由中国国际扶贫中心、中国互联网新闻中心与世界银行、亚洲开发银行、联合国粮农组织、国际农业发展基金和世界粮食计划署共同发起;第三届的104个获奖案例于2022年11月11日公布。",
          "The solicitation is run by the International Poverty Reduction Center in China and the China Internet Information Center together with the World Bank, the Asian Development Bank and three UN agencies (FAO, IFAD and WFP); the 104 winners of the third call were announced on 11 November 2022.")),
    # G2: provenance. The byline and the photo credit, as the report gives
    # them; it names no source for its text or figures, so we guess none.
    ctx(t("报道的材料从哪里来", "Where the report's material came from"),
        t("原报道署名为厦门日报记者吴晓菁和通讯员罗化,图片注明由厦门市农业农村局提供;报道没有注明文字和数字的来源。",
          "The report is bylined to Wu Xiaojing, a Xiamen Daily reporter, and Luo Hua, a contributor; its photos are credited to the Xiamen Municipal Bureau of Agriculture and Rural Affairs. The report gives no source for its text or figures."),
        t("在中国的报纸上,署名为“通讯员”的作者通常不是报社记者,而是提供材料的机关或单位的工作人员。",
          "In Chinese newspapers a byline marked 通讯员 (contributor) usually names not a staff reporter but someone from the government body or organization that supplied the material.")),
]

meta = {
    "title": t("山海一家亲 逐梦振兴路", "Mountains and sea, one family: chasing the dream of rural revitalization"),
    # The new model and its results are the city's claims (the report is in
    # its voice): the deck says so.
    "deck": t("五个关键字,读懂报道所说的厦门2022年东西部协作新模式和成果",
              "Five keywords on what the report calls Xiamen's new model of East–West cooperation in 2022, and the results it claims"),
    "intro": t("2022年,厦门在宁夏的东西部协作包括国企结对、两岸青年驻村、共建产业园和示范村建设;对已不再结对的甘肃临夏,厦门也延续着帮扶。五个关键字,带你读懂。",
           "In 2022 Xiamen's East–West cooperation with Ningxia took in pairings of state-owned enterprises with a town and six villages, a cross-strait youth programme, an industrial park and model villages; Xiamen also kept helping Linxia in Gansu, though the two are no longer formally paired. Five keywords take you through it."),
    "publication": t("厦门日报", "Xiamen Daily"),
    "date": "2022-12-30",
    "reporters": t("原报道:吴晓菁(厦门日报记者)、罗化(通讯员);图片由厦门市农业农村局提供",
                   "Original report: Wu Xiaojing (Xiamen Daily reporter) and Luo Hua (contributor); photos supplied by the Xiamen Municipal Bureau of Agriculture and Rural Affairs"),
    "retold": t("本页根据原报道改写,不是厦门日报的页面,也不由厦门日报发布。数字、名称和五个关键字标题出自原报道;标明为常识的背景不在原报道中。原报道以厦门市自己的口吻写成,没有注明数字的来源;文中“报道称”“报道说”标出的是报道的说法。",
                "Retold in our own words from the original report; this is not a Xiamen Daily page and is not published by Xiamen Daily. Figures, names and the five keyword headings are the report's; background marked as general knowledge is not from it. The report is written in the city's own voice and does not give a source for its figures; “the report says” marks its claims."),
    "context": context,
}

story = {
    "version": 2,
    "meta": meta,
    "keywords": keywords,
    "box": [{"id": i, "title": a, "note": b} for i, a, b in box],
    "figures": F,
    "soes": [{"id": i, "name": t(zh, en)} for i, zh, en in soes],
    "partners": [{"id": i, "name": t(zh, en), "kind": k} for i, zh, en, k in partners],
    "pairings": pairings,
    "places": [dict({"id": i, "name": t(zh, en), "lat": la, "lon": lo}, **({"label": side, "short": short} if side else {}), **({"only_with": ONLY_WITH[i]} if i in ONLY_WITH else {}))
               for i, zh, en, la, lo, side, short in places],
    "charts": charts,
}
root = pathlib.Path(__file__).resolve().parent.parent
out = root / "public" / "data" / "story.json"
out.write_text(json.dumps(story, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
# The article's wording of each figure, for tests/article.rs: kept out of
# the shipped file (nothing shows it; it only costs bytes).
quotes = root / "tests" / "fixtures" / "quotes.json"
quotes.parent.mkdir(parents=True, exist_ok=True)
quotes.write_text(json.dumps(QUOTES, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(out, out.stat().st_size, "bytes,", len(F), "figures;", quotes, len(QUOTES), "quotes")

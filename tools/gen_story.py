#!/usr/bin/env python3
"""Writes public/data/story.json from the tables below.

Why a generator: the JSON is long and repetitive (zh/en pairs everywhere);
keeping the source of truth here as compact tables makes review against the
article easier. The app and the tests only ever read the generated JSON.
"""
import json, pathlib

# Chinese text is typed with ASCII punctuation for ease; the reader gets
# full-width marks, as Chinese typography expects.
ZH_PUNCT = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"})

def t(zh, en):
    return {"zh": zh.translate(ZH_PUNCT), "en": en}

# (id, section, zh label, en label, value in base units, unit, qualifier, quote-in-article, extra)
F = []
def fig(id, section, zh, en, value, unit, quote, qualifier=None, counter=None, part_of=None, period="2022"):
    d = {"id": id, "section": section, "label": t(zh, en), "value": value, "unit": unit,
         "quote": quote, "period": period}
    if qualifier: d["qualifier"] = qualifier
    if counter: d["counter"] = t(*counter)
    if part_of: d["part_of"] = part_of
    F.append(d)

C = lambda zh, en: (zh, en)

# --- keyword 1: "1+6" pairing
fig("k1-soes-paired", "k1", "结对国企", "SOEs in the pairing", 7, "count", "“1+6”结对模式", counter=C("家", "groups"))
fig("k1-villages-paired", "k1", "结对村", "villages paired", 6, "count", "“1镇6村”", counter=C("个", "villages"))
fig("k1-jianxing-output", "k1", "宁夏建兴环保科技公司预计年产值", "Ningxia Jianxing expected annual output", 1.5e8, "yuan", "年产值预计达1.5亿元", qualifier="expected", period="per year")
fig("k1-jianxing-jobs", "k1", "建兴项目可提供就业岗位", "jobs the Jianxing plant can offer", 150, "count", "150个就业岗位", counter=C("个", "jobs"))
fig("k1-maoning-capital", "k1", "宁夏贸宁物资有限公司出资", "capital of Ningxia Maoning Materials", 1e8, "yuan", "联合斥资1亿元")
fig("k1-maoning-partners", "k1", "与国贸控股联合出资的其他市(区)属国企", "other city/district SOEs co-investing with ITG", 3, "count", "其他3个市(区)属国企", counter=C("家", "SOEs"))
fig("k1-xiangyu-capital", "k1", "宁夏象屿新能源有限公司注册资本", "registered capital of Ningxia Xiangyu New Energy", 1e8, "yuan", "注册1亿元")
fig("k1-yuanyi-greenhouses", "k1", "园艺村第三代设施温棚", "third-generation greenhouses in Yuanyi", 188, "count", "188栋第三代设施温棚", counter=C("栋", "greenhouses"))
fig("k1-xiashang-produce", "k1", "夏商集团采购果蔬", "fruit and vegetables bought by Xiashang", 79.6, "tonne", "采购果蔬79.6吨")
fig("k1-xiashang-sales", "k1", "夏商集团果蔬销售额", "Xiashang's produce sales", 3e6, "yuan", "销售额超300万元", qualifier="over")
fig("k1-wine-bottles", "k1", "博雅葡萄酒年销量", "Boya wine sold per year", 3e5, "bottle", "年销量30万瓶", period="per year")
fig("k1-wine-sales", "k1", "博雅葡萄酒年销售额", "Boya wine sales per year", 1e8, "yuan", "销售额约1亿元", qualifier="about", period="per year")
fig("k1-wine-jobs", "k1", "每年带动原隆村就业", "Yuanlong villagers employed each year", 300, "person", "就业300余人", qualifier="over", period="per year")
fig("k1-wine-income", "k1", "人均增收", "extra income per person", 3e4, "yuan", "人均增收3万余元", qualifier="over", period="per year")
fig("k1-fair-intent", "k1", "贸洽会闽宁镇展区销售意向", "sales intentions at the trade fair's Minning stand", 3e7, "yuan", "销售意向3000余万元", qualifier="over")

# --- keyword 2: cross-strait youth
fig("k2-taiwan-span", "k2", "台湾南北距离", "Taiwan, north to south", 380, "kilometre", "大约380公里", qualifier="about", period="fixed")
fig("k2-xiamen-ningxia", "k2", "厦门到宁夏距离", "Xiamen to Ningxia", 2000, "kilometre", "超过2000公里", qualifier="over", period="fixed")
fig("k2-villages", "k2", "驻村服务村庄(集美村、红土村)", "villages with a resident team (Jimei, Hongtu)", 2, "count", "集美村、红土村", counter=C("个", "villages"))
fig("k2-layers", "k2", "“人文地产景”需求梳理层面", "layers of need mapped (people, culture, land, produce, landscape)", 5, "count", "“人文地产景”五个层面", counter=C("个", "layers"))
fig("k2-projects", "k2", "策划乡村项目", "village projects planned", 8, "count", "等8个项目", counter=C("个", "projects"))
fig("k2-orgs", "k2", "结对泾源县村庄的厦门社会组织", "Xiamen social organisations paired with Jingyuan villages", 11, "count", "厦门11家社会组织", counter=C("家", "organisations"))
fig("k2-jingyuan-villages", "k2", "泾源县结对村庄", "Jingyuan villages paired", 11, "count", "泾源县11个村庄", counter=C("个", "villages"))
fig("k2-resources", "k2", "链接爱心资源", "charitable resources mobilised", 5.5e5, "yuan", "爱心资源55万多元", qualifier="over")
fig("k2-guyuan-orgs", "k2", "固原市伙伴社会组织", "partner organisations in Guyuan", 4, "count", "固原市4家社会组织", counter=C("家", "organisations"))

# --- keyword 3: industrial park
fig("k3-park-area", "k3", "闽宁产业园总规划面积", "Minning Industrial Park planned area", 9.6e5, "square_metre", "近96万平方米", qualifier="nearly", period="plan")
fig("k3-governments", "k3", "共建政府(三区县)", "governments building it together", 3, "count", "“三区县”政府", counter=C("个", "governments"))
fig("k3-platform-soes", "k3", "出资的区(县)属国企", "district/county SOEs investing", 3, "count", "3家区(县)属国企", counter=C("家", "SOEs"))
fig("k3-platform-capital", "k3", "园区运营平台公司注册资本", "registered capital of the park operator", 1e8, "yuan", "注册资本金1亿元")
fig("k3-policies", "k3", "《闽宁产业园优惠政策实施办法》政策", "incentive policies in the park's rules", 8, "count", "8项含金量高", counter=C("项", "policies"))

# --- keyword 4: Pengyang demonstration villages
fig("k4-funds", "k4", "彭阳帮扶专项资金", "dedicated support funds for Pengyang", 1.8e7, "yuan", "1800余万元", qualifier="over")
fig("k4-households", "k4", "覆盖脱贫户", "households lifted from poverty covered", 354, "household", "脱贫户354户")
fig("k4-quick-projects", "k4", "短平快产业项目", "quick-return industry projects", 5, "count", "短平快产业项目5个", counter=C("个", "projects"))
fig("k4-workshops", "k4", "援建帮扶车间", "assistance workshops built", 12, "count", "援建帮扶车间12个", counter=C("个", "workshops"))
fig("k4-jobs", "k4", "彭阳落实农村劳动力就业", "rural workers placed in jobs in Pengyang", 3732, "person", "就业3732人")
fig("k4-consumption", "k4", "彭阳消费帮扶", "consumption support for Pengyang", 1.8e8, "yuan", "消费帮扶1.8亿元")
fig("k4-labour-trainings", "k4", "劳务协作培训班", "labour cooperation training courses", 9, "count", "劳务协作培训班9期", counter=C("期", "courses"))
fig("k4-pro-trainings", "k4", "专技人才培训", "professional training courses", 30, "count", "专技人才培训30期", counter=C("期", "courses"))
fig("k4-cadre-trainings", "k4", "乡村振兴干部培训", "rural revitalisation cadre courses", 3, "count", "乡村振兴干部培训3期", counter=C("期", "courses"))
fig("k4-leaders", "k4", "农村致富带头人", "rural business leaders trained", 68, "person", "68个农村致富带头人")
fig("k4-products", "k4", "彭阳优势特色产品", "Pengyang signature products", 7, "count", "小秋杂粮", counter=C("种", "products"))
fig("k4-cattle-bases", "k4", "肉牛“出户入园”养殖示范基地", "model cattle parks (“out of the yard, into the park”)", 2, "count", "养殖示范基地2个", counter=C("个", "bases"))
fig("k4-cattle-villages", "k4", "肉牛养殖示范村", "model cattle-raising villages", 2, "count", "肉牛养殖示范村2个", counter=C("个", "villages"))
fig("k4-demo-villages", "k4", "组团式结对的闽宁乡村振兴示范村", "Minning demonstration villages paired by teams", 5, "count", "5个闽宁乡村振兴示范村", counter=C("个", "villages"))

# --- keyword 5: Linxia
fig("k5-aspects", "k5", "延续帮扶的方面", "areas in which support continues", 5, "count", "等五个方面", counter=C("个", "areas"))
fig("k5-flights", "k5", "赴厦务工包机航班", "charter flights bringing workers", 3, "count", "3个航班包机", counter=C("个", "flights"))
fig("k5-flight-workers", "k5", "包机输转务工人员", "workers on the charter flights", 400, "person", "近400人", qualifier="nearly")
fig("k5-workers", "k5", "临籍劳动力在厦就业", "Linxia workers employed in Xiamen", 5573, "person", "在厦就业5573人", period="2022, to date")
fig("k5-vegetables", "k5", "绿百合公司销售高原夏菜", "plateau summer vegetables sold by Lvbaihe", 6570, "tonne", "共销售6570吨高原夏菜")
fig("k5-enterprises", "k5", "持续在临生产经营的厦企", "Xiamen firms still operating in Linxia", 30, "count", "30多家企业", qualifier="over", counter=C("家", "firms"))
fig("k5-medics", "k5", "来厦进修的临夏州医护人员", "Linxia medical staff trained in Xiamen", 18, "person", "18名临夏州的医护人员")
fig("k5-students", "k5", "“少数民族紧缺人才专项”招收临夏学生", "Linxia students admitted via the ethnic-minority talent scheme", 12, "person", "招收临夏学生12人")
fig("k5-clothes", "k5", "杏林服装厂捐赠爱心衣物", "clothes donated by Xinglin Garment Factory", 200, "piece", "爱心衣物200余件", qualifier="over")
fig("k5-donors", "k5", "捐赠抗疫物资的单位", "donors of anti-epidemic supplies", 5, "count", "拓奇实业有限公司", counter=C("家", "donors"))
fig("k5-epidemic-supplies", "k5", "捐赠抗疫物资", "anti-epidemic supplies donated", 5.02e6, "yuan", "502万余元", qualifier="over")

# --- data box
fig("pairing-schools", "pairing", "学校", "schools", 60, "count", "60所学校", counter=C("所", "schools"))
fig("pairing-hospitals", "pairing", "医院", "hospitals", 8, "count", "8家医院", counter=C("家", "hospitals"))
fig("pairing-towns", "pairing", "镇街", "towns and sub-districts", 27, "count", "27个镇街", counter=C("个", "towns"))
fig("pairing-villages", "pairing", "村社", "villages and communities", 44, "count", "44个村社", counter=C("个", "villages"))
fig("pairing-enterprises", "pairing", "企业", "enterprises", 37, "count", "37家企业", counter=C("家", "enterprises"))
fig("pairing-orgs", "pairing", "社会组织", "social organisations", 38, "count", "38个社会组织", counter=C("个", "organisations"))
fig("funding-fiscal", "funding", "财政帮扶资金(累计)", "fiscal support funds (cumulative)", 1.615e8, "yuan", "累计向宁夏投入财政帮扶资金1.615亿元", qualifier="cumulative")
fig("funding-social", "funding", "社会力量帮扶资金", "funds from society", 3.06365e7, "yuan", "帮扶资金3063.65万元")
fig("funding-projects", "funding", "实施帮扶项目", "support projects carried out", 72, "count", "帮扶项目72个", counter=C("个", "projects"))
fig("industry-visits", "industry", "引导赴宁考察企业", "firms brought to Ningxia to look", 113, "count", "赴宁考察113家", counter=C("家", "firms"))
fig("industry-invested", "industry", "在“两县一镇”落地投资企业", "firms that invested in the two counties and one town", 52, "count", "投资企业52家", counter=C("家", "firms"))
fig("industry-capital", "industry", "实际到资额", "capital actually invested", 7.77e8, "yuan", "实际到资额7.77亿元")
fig("industry-jobs", "industry", "投资企业吸纳农村劳动力就业", "rural workers hired by investing firms", 2452, "person", "吸纳农村劳动力就业2452人")
fig("industry-jobs-lifted", "industry", "其中脱贫劳动力", "of whom lifted out of poverty", 683, "person", "其中脱贫劳动力683人", part_of="industry-jobs")
fig("industry-workshops", "industry", "援建帮扶车间", "assistance workshops built", 30, "count", "援建帮扶车间30个", counter=C("个", "workshops"))
fig("industry-workshop-jobs", "industry", "帮扶车间吸纳农村劳动力就业", "rural workers hired by the workshops", 1472, "person", "就业数1472人")
fig("industry-workshop-jobs-lifted", "industry", "其中脱贫劳动力", "of whom lifted out of poverty", 588, "person", "其中脱贫劳动力588人", part_of="industry-workshop-jobs")
fig("labour-xiamen", "labour", "在厦稳定就业三个月以上的中西部农村劳动力", "rural workers from central and western China in steady jobs in Xiamen (3+ months)", 79528, "person", "农村劳动力79528人")
fig("labour-provinces", "labour", "来源中西部省份", "central and western provinces they came from", 22, "count", "22个中西部省份", counter=C("个", "provinces"))
fig("labour-ningxia", "labour", "帮助“两县一镇”农村劳动力就业", "rural workers from the two counties and one town helped into jobs", 13138, "person", "就业13138人")
fig("labour-ningxia-lifted", "labour", "其中脱贫劳动力", "of whom lifted out of poverty", 5922, "person", "其中脱贫劳动力5922人", part_of="labour-ningxia")
fig("labour-courses", "labour", "劳务协作培训班", "labour cooperation training courses", 68, "count", "劳务协作培训班68期", counter=C("期", "courses"))
fig("labour-trainees", "labour", "培训农村劳动力", "rural workers trained", 2910, "person_time", "培训农村劳动力2910人次")
fig("consumption-counters", "consumption", "专柜", "dedicated counters", 100, "count", "100个专柜", counter=C("个", "counters"))
fig("consumption-halls", "consumption", "专馆", "dedicated halls", 10, "count", "10个专馆", counter=C("个", "halls"))
fig("consumption-zones", "consumption", "专区", "dedicated zones", 30, "count", "30个专区", counter=C("个", "zones"))
fig("consumption-ningxia-sales", "consumption", "销售宁夏产品", "Ningxia products sold", 5.67e7, "yuan", "销售宁夏产品5670万元")
fig("consumption-farm-sales", "consumption", "采购、帮助销售“两县一镇”农产品(全年累计)", "farm produce from the two counties and one town bought or sold (full year)", 8.86e8, "yuan", "全年累计采购、帮助销售“两县一镇”农产品金额8.86亿元", qualifier="cumulative")
fig("talent-cadres", "talent", "挂职干部", "officials seconded", 6, "person", "6名挂职干部")
fig("talent-professionals", "talent", "专技人才", "professionals sent", 213, "person", "213名专技人才")
fig("talent-courses", "talent", "专技培训", "professional training courses", 76, "count", "专技培训76期", counter=C("期", "courses"))
fig("talent-trainees", "talent", "培训人次", "trainees", 3348, "person_time", "培训3348人次")

soes = [
    ("cdc", "建发集团", "C&D Group"),
    ("itg", "国贸控股集团", "ITG Holding Group"),
    ("xiangyu", "象屿集团", "Xiangyu Group"),
    ("municipal", "市政集团", "Xiamen Municipal Group"),
    ("xiashang", "夏商集团", "Xiashang Group"),
    ("housing", "住宅集团", "Xiamen Housing Group"),
    ("tefang", "特房集团", "Tefang Group"),
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
projects = {
    "cdc": [
        (t("宁夏建兴环保科技公司(与合兴包装合资,2022年8月投产):包装配套", "Ningxia Jianxing Environmental Tech (joint venture with Hexing Packaging, running since Aug 2022): packaging for local wine and dairy"),
         ["k1-jianxing-output", "k1-jianxing-jobs"]),
        (t("博雅葡萄酒与原隆村德龙酒庄、西夏王酒庄合作", "Boya Wine working with Yuanlong's Delong and Xixia King wineries"),
         ["k1-wine-bottles", "k1-wine-sales", "k1-wine-jobs", "k1-wine-income"]),
    ],
    "itg": [
        (t("牵头成立宁夏贸宁物资有限公司:石膏产业总部经济", "Leads Ningxia Maoning Materials: a gypsum-industry headquarters"), ["k1-maoning-capital", "k1-maoning-partners"]),
        (t("国际贸洽会设闽宁镇特色产品展区", "A Minning products stand at the international trade fair"), ["k1-fair-intent"]),
    ],
    "xiangyu": [
        (t("宁夏象屿新能源有限公司:农牧产品与光伏", "Ningxia Xiangyu New Energy: farm products and solar power"), ["k1-xiangyu-capital"]),
    ],
    "municipal": [],
    "xiashang": [
        (t("园艺村温棚作为采购基地,宁夏农产品入厦“绿色通道”", "Yuanyi's greenhouses as a sourcing base: a “green channel” for Ningxia produce into Xiamen"),
         ["k1-yuanyi-greenhouses", "k1-xiashang-produce", "k1-xiashang-sales"]),
    ],
    "housing": [],
    "tefang": [],
}
pairings = [{"soe": s[0], "partner": p[0], "lead": i == 0,
             "projects": [{"name": n, "figures": f} for n, f in projects[s[0]]]}
            for i, (s, p) in enumerate(zip(soes, partners))]

# (id, zh, en, lat, lon, label side on the locator: e/w/n/s, or None to leave it off)
places = [
    ("xiamen", "厦门", "Xiamen", 24.48, 118.09, "w", t("厦门", "Xiamen")),
    ("minning", "闽宁镇(银川市永宁县)", "Minning Town (Yongning, Yinchuan)", 38.27, 106.07, "n", t("闽宁镇", "Minning")),
    ("yinchuan", "银川", "Yinchuan", 38.49, 106.23, None, None),
    ("guyuan", "固原", "Guyuan", 36.02, 106.24, None, None),
    ("pengyang", "彭阳县", "Pengyang County", 35.85, 106.64, "e", t("彭阳", "Pengyang")),
    ("jingyuan", "泾源县", "Jingyuan County", 35.49, 106.33, "s", t("泾源", "Jingyuan")),
    ("linxia", "临夏州", "Linxia Prefecture", 35.60, 103.21, "w", t("临夏", "Linxia")),
    ("taiwan-north", "台湾北端", "Taiwan, northern tip", 25.30, 121.54, "e", t("台湾北端", "Taiwan N")),
    ("taiwan-south", "台湾南端", "Taiwan, southern tip", 21.90, 120.85, "e", t("台湾南端", "Taiwan S")),
]

def K(n, numeral, heading, sub, summary, sections, figures, place):
    return {"n": n, "numeral": numeral, "heading": heading, "subheading": sub,
            "summary": summary, "sections": [dict({"title": x[0], "body": x[1]}, **(x[2] if len(x) > 2 else {})) for x in sections],
            "figures": figures, "place": place}

keywords = [
    K(1, "一", t("“1+6”结对模式", "The “1+6” pairing model"), t("尽显国企担当", "State firms shoulder the load"),
      t("2022年,厦门让七家市属国企与闽宁镇一镇六村一一结对:建发集团领衔对接闽宁镇,另外六家集团各自对接一个村,把项目、岗位和销路带到当地。",
        "In 2022 Xiamen matched seven city-owned groups one-to-one with Minning Town and six of its villages: C&D Group leads with the town, and each of the other six takes a village, bringing projects, jobs and buyers."),
      [
        (t("一对一,不撒胡椒面", "One partner each, not a little for everyone"),
         t("“建发领衔、6企紧随”对应“1镇6村”:每个村都有一家固定的国企伙伴,责任清楚,资源也能集中用。",
           "“C&D leads, six firms follow” mirrors “one town, six villages”: every village has one fixed partner, so responsibility is clear and resources are not spread thin."), {"figures": ["k1-soes-paired", "k1-villages-paired"]}),
        (t("在当地办厂、设公司", "Plants and companies on the ground"),
         t("建发与合兴包装合资的建兴环保8月投产,给本地酒企、奶企做包装;国贸控股牵头联合另外3家国企出资1亿元,做石膏产业总部;象屿注册1亿元,经营农牧产品与光伏业务。",
           "C&D's packaging joint venture with Hexing started production in August, serving local wine and dairy makers; ITG and three other state firms put ¥100 million into a gypsum headquarters company; Xiangyu registered a ¥100 million firm for farm products and solar equipment."), {"figures": ["k1-jianxing-output", "k1-jianxing-jobs", "k1-maoning-capital", "k1-xiangyu-capital"]}),
        (t("把宁夏货卖到厦门", "Selling Ningxia's goods in Xiamen"),
         t("夏商以园艺村温棚为采购基地,全年采购果蔬79.6吨;建发博雅与两家酒庄合作,年销葡萄酒30万瓶,每年带动原隆村300余人就业;国贸控股在贸洽会上为闽宁镇免费设展,谈成3000余万元意向。",
           "Xiashang sources from Yuanyi's greenhouses and bought 79.6 tonnes of produce this year; C&D's Boya brand sells 300,000 bottles a year with two wineries, employing over 300 Yuanlong villagers; ITG gave Minning a free stand at its trade fair and gathered over ¥30 million in sales intentions."), {"figures": ["k1-xiashang-produce", "k1-wine-bottles", "k1-wine-jobs", "k1-wine-income", "k1-fair-intent"]}),
      ], ["k1-soes-paired", "k1-villages-paired", "k1-jianxing-output", "k1-wine-jobs"], "minning"),
    K(2, "二", t("两岸青年“西部培力”", "Cross-strait youth: “Empowering the West”"), t("携手投身闽宁协作", "Working side by side for Fujian and Ningxia"),
      t("7月,海沧区海峡城乡发展基金会的“培力列车”开进泾源县集美村、红土村,台湾青年与大陆社工一起驻村,用社区营造的办法帮村子找到自己的发展路子。",
        "In July a foundation from Xiamen's Haicang district brought its “empowerment train” to Jimei and Hongtu villages in Jingyuan County, where young people from Taiwan and mainland social workers moved in to help villagers plan their own future."),
      [
        (t("一段比台湾还长的路", "A trip longer than Taiwan"),
         t("台湾南北约380公里,厦门到宁夏却超过2000公里。工作站采用“1+1+1”模式:一位台籍种子老师、一位台籍社造员、一位大陆社工。",
           "Taiwan is about 380 km from end to end; Xiamen to Ningxia is over 2,000 km. The station works as “1+1+1”: a seed teacher from Taiwan, a community builder from Taiwan and a mainland social worker."), {"figures": ["k2-taiwan-span", "k2-xiamen-ningxia"], "items": [t("台籍种子老师", "a seed teacher from Taiwan"), t("台籍社造员", "a community builder from Taiwan"), t("大陆社工", "a mainland social worker")]}),
        (t("从村民的需要出发", "Starting from what villagers need"),
         t("他们挨家走访、做问卷,按“人文地产景”五个层面梳理需求,和村干部、村民一起定下8个项目,从乡村产业空间到老人帮扶、儿童成长。",
           "Door-to-door interviews and surveys sorted needs into five layers — people, culture, land, produce and landscape — and, with local officials and villagers, into 8 projects, from village workshops to care for the elderly and children."), {"figures": ["k2-layers", "k2-projects"]}),
        (t("一个站带动一片", "One station, many partners"),
         t("培力列车还促成厦门11家社会组织与泾源县11个村结对,链接爱心资源55万多元,并与固原市4家社会组织结为伙伴。",
           "The train also paired 11 Xiamen social organisations with 11 Jingyuan villages, raised over ¥550,000 in donated resources, and partnered with 4 organisations in Guyuan."), {"figures": ["k2-orgs", "k2-jingyuan-villages", "k2-resources", "k2-guyuan-orgs"]}),
      ], ["k2-xiamen-ningxia", "k2-projects", "k2-orgs", "k2-resources"], "jingyuan"),
    K(3, "三", t("“三破三变”", "“Three breaks, three shifts”"), t("推动闽宁产业园建设", "Building the Minning Industrial Park"),
      t("闽宁产业园位于银川市永宁县闽宁镇,规划面积近96万平方米,由厦门湖里区、思明区与永宁县共建。9月开工后进展很快,靠的是三次“破”与“变”。",
        "The Minning Industrial Park in Yongning County, Yinchuan, is planned at nearly 960,000 m² and built jointly by Xiamen's Huli and Siming districts with Yongning. Work began in September and moved fast, thanks to three breaks with old habits."),
      [
        (t("破“各自为战”:从“单打独斗”到“协作共建”", "Break with “each fighting alone”: from going solo to building together"),
         t("三区县政府签下合作框架协议,三方主要领导共同挂帅指挥部;宁夏点单、厦门上菜,按需选派干部和专技人才。",
           "The three district and county governments signed a framework agreement and put their top leaders in one joint command; Ningxia orders, Xiamen serves — officials and experts are sent to match the park's needs."), {"before": t("单打独斗", "going it alone"), "after": t("协作共建", "building together"), "figures": ["k3-governments"]}),
        (t("破“体制机制”壁垒:从“政府主导”到“政企联动”", "Break the institutional barriers: from government-led to government and business together"),
         t("三方政府引导3家区(县)属国企出资1亿元注册运营平台公司,负责配套与厂房开发、招商和运营,实行“建设指挥部+公司”体系。",
           "The three governments steered 3 district-level state firms into a ¥100 million operating company that develops offices and factory space, recruits investors and runs the park under a “command + company” system."), {"before": t("政府主导", "government-led"), "after": t("政企联动", "government and business together"), "figures": ["k3-platform-soes", "k3-platform-capital"]}),
        (t("破“盲目定位”老路:从“粗放式”招商到“精准化”链式招商", "Break with aimless positioning: from scattershot to targeted, chain-based investment"),
         t("园区瞄准葡萄酒产业链延伸、农副产品精深加工,以及纺织服装、机械制造等用工多的产业;永宁县出台8项优惠政策,并提供定制厂房、代办手续、授信贷款等全套服务。",
           "The park targets the wine value chain and food processing, plus labour-intensive textiles and machinery; Yongning issued 8 incentive policies and offers made-to-measure factories, paperwork handled for firms and park-wide credit."), {"before": t("“粗放式”传统招商", "scattershot investment drives"), "after": t("“精准化”链式招商", "targeted, chain-based investment"), "figures": ["k3-policies"]}),
      ], ["k3-park-area", "k3-platform-capital", "k3-policies"], "minning"),
    K(4, "四", t("“四个聚焦”", "The “four focuses”"), t("提升示范村建设水平", "Raising the bar for model villages"),
      t("在彭阳县,厦门把力气集中在四件事上——巩固成果、发展产业、建设乡村、基层治理,让示范村真正能示范。",
        "In Pengyang County, Xiamen concentrated on four things — securing gains, growing industry, building villages and local governance — so that model villages really set an example."),
      [
        (t("聚焦成果巩固", "Focus on securing gains"),
         t("安排帮扶专项资金1800余万元,覆盖354户脱贫户;建成12个帮扶车间,落实就业3732人,消费帮扶1.8亿元;举办各类培训,培育68名致富带头人。",
           "Over ¥18 million of dedicated funds reached 354 households lifted from poverty; 12 workshops were built, 3,732 rural workers found jobs and ¥180 million of consumption support flowed; training produced 68 local business leaders."), {"figures": ["k4-funds", "k4-households", "k4-quick-projects", "k4-workshops", "k4-jobs", "k4-consumption", "k4-labour-trainings", "k4-pro-trainings", "k4-cadre-trainings", "k4-leaders"]}),
        (t("聚焦产业发展", "Focus on industry"),
         t("用大数据选出辣椒、苹果、红梅杏、朝那鸡、肉牛、蜂蜜、小秋杂粮七样特色;引进国贸控股、夏商等龙头企业,建起2个肉牛养殖示范基地和2个示范村。",
           "Data analysis picked seven local strengths — chilli, apples, Hongmei apricots, Chaona chicken, beef cattle, honey and minor grains; ITG, Xiashang and other leading firms came in, creating 2 model cattle parks and 2 model cattle villages."), {"figures": ["k4-products", "k4-cattle-bases", "k4-cattle-villages"], "items": [t("辣椒", "chilli"), t("苹果", "apples"), t("红梅杏", "Hongmei apricots"), t("朝那鸡", "Chaona chicken"), t("肉牛", "beef cattle"), t("蜂蜜", "honey"), t("小秋杂粮", "minor grains")]}),
        (t("聚焦乡村建设", "Focus on village building"),
         t("先规划后建设,保护传统村落风貌;供水、污水管网向村里延伸,水电路网讯通到户;推进改厕和垃圾分类处理。",
           "Plan first, then build, keeping traditional villages intact; water and sewage networks reach further, with water, power, roads, internet and phone to every home; toilets and rubbish handling are upgraded."), {}),
        (t("聚焦基层治理", "Focus on local governance"),
         t("以“行政村(社区)+社会组织+企业”组团方式结对5个示范村,借鉴厦门社区治理经验培养人才,推行文明实践积分卡和“一约四会”。",
           "Teams of “village or community + social organisation + company” pair with 5 model villages, train local leaders on Xiamen's community model, and introduce civic points cards and the “one pact, four councils” system."), {"figures": ["k4-demo-villages"]}),
      ], ["k4-funds", "k4-households", "k4-jobs", "k4-consumption"], "pengyang"),
    K(5, "五", t("“五个延续”", "The “five continuations”"), t("彰显厦门格局", "Xiamen's broader view"),
      t("2021年结对关系调整后,厦门不再与甘肃临夏州对口,但两地签下友好合作框架协议,在劳务、消费、产业、智力、组织五个方面把帮扶接着做下去。",
        "After the 2021 reshuffle of pairings, Xiamen was no longer formally paired with Linxia in Gansu. The two signed a friendship agreement instead and kept supporting each other in five areas: labour, consumption, industry, know-how and joint aid."),
      [
        (t("临工厦用", "Linxia workers, Xiamen jobs"),
         t("开春即赴临夏招聘,3个包机航班“点对点”送来近400人;目前已有5573名临夏劳动力在厦就业。",
           "Recruiters went to Linxia as spring began; 3 charter flights brought nearly 400 workers door to door, and 5,573 people from Linxia now work in Xiamen."), {"figures": ["k5-flights", "k5-flight-workers", "k5-workers"]}),
        (t("临菜优质", "Linxia vegetables on Xiamen tables"),
         t("夏商设“高原夏菜”专区档口保证季节供应;绿百合公司在临夏建种植基地,共卖出6570吨高原夏菜。",
           "Xiashang's plateau-vegetable stalls keep the seasonal supply steady; Lvbaihe built a farm base in Linxia and sold 6,570 tonnes of plateau summer vegetables."), {"figures": ["k5-vegetables"]}),
        (t("延续厦企奖补政策", "Subsidies for Xiamen firms continue"),
         t("厦临集团等30多家厦门企业继续在临夏生产经营,带动当地就业增收。",
           "Over 30 Xiamen firms, the Xia-Lin Group among them, keep producing in Linxia and creating local jobs."), {"figures": ["k5-enterprises"]}),
        (t("临智厦扶", "Xiamen know-how for Linxia"),
         t("18名临夏医护人员来厦进修,厦门协助临夏州中医院争创“三甲”;专项招收12名临夏学生,两地职业院校合作办学。",
           "18 Linxia medical staff trained in Xiamen, which is helping Linxia's traditional-medicine hospital seek top-tier status; 12 Linxia students were admitted under a special scheme and vocational colleges now teach together."), {"figures": ["k5-medics", "k5-students"]}),
        (t("有难同扛", "Sharing hard times"),
         t("杏林服装厂向单子庄小学捐衣物200余件;疫情期间,5家单位向临夏捐赠抗疫物资502万余元。",
           "Xinglin Garment Factory gave over 200 items of clothing to Danzizhuang Primary School; during the epidemic five Xiamen donors sent Linxia over ¥5.02 million of supplies."), {"figures": ["k5-clothes", "k5-donors", "k5-epidemic-supplies"]}),
      ], ["k5-workers", "k5-vegetables", "k5-epidemic-supplies"], "linxia"),
]

box = [
    ("pairing", t("全面拓展结对帮扶领域", "Pairing across society"), t("学校、医院、镇村、企业和社会组织都与帮扶地结了对子。", "Schools, hospitals, towns, villages, firms and social groups all found a partner.")),
    ("funding", t("资金帮扶", "Funding"), t("财政资金与社会资金一起投向宁夏,实施72个项目。", "Public and private money went to Ningxia for 72 projects.")),
    ("industry", t("产业合作", "Industry"), t("113家企业赴宁考察,52家真正落地投资。", "113 firms went to look; 52 actually invested.")),
    ("labour", t("劳务协作", "Labour"), t("就业是最直接的增收。", "A job is the most direct way to a higher income.")),
    ("consumption", t("消费帮扶", "Consumption"), t("专柜、专馆、专区把宁夏产品摆上厦门货架。", "Counters, halls and zones put Ningxia's products on Xiamen's shelves.")),
    ("talent", t("闽才宁用", "Fujian talent for Ningxia"), t("干部和专业人才赴宁,带去培训。", "Officials and professionals went west and ran training.")),
]

charts = [
    {"id": "funding", "title": t("帮扶资金与投资", "Support funds and investment"), "period": "2022",
     "panels": [{"title": t("投向宁夏的资金", "Money into Ningxia"), "figures": ["industry-capital", "funding-fiscal", "funding-social", "k4-funds"]}]},
    {"id": "consumption", "title": t("消费帮扶", "Consumption support"), "period": "2022",
     "panels": [{"title": t("采购与销售额", "Purchases and sales"), "figures": ["consumption-farm-sales", "k4-consumption", "consumption-ningxia-sales"]}]},
    {"id": "employment", "title": t("就业", "Jobs"), "period": "2022",
     "panels": [
         {"title": t("万人级", "Tens of thousands"), "figures": ["labour-xiamen", "labour-ningxia"]},
         {"title": t("千人级(另一标尺)", "Thousands (separate scale)"), "figures": ["k5-workers", "k4-jobs", "industry-jobs", "industry-workshop-jobs"]},
     ]},
    {"id": "pairing", "title": t("结对帮扶领域", "Who paired up"), "period": "2022",
     "panels": [{"title": t("厦门结对单位", "Xiamen partners"), "figures": ["pairing-schools", "pairing-villages", "pairing-orgs", "pairing-enterprises", "pairing-towns", "pairing-hospitals"]}]},
    {"id": "talent", "title": t("闽才宁用", "Talent sent to Ningxia"), "period": "2022",
     "panels": [
         {"title": t("选派人员", "People sent"), "figures": ["talent-professionals", "talent-cadres"]},
         {"title": t("培训", "Training"), "figures": ["talent-trainees"]},
     ]},
    {"id": "soe-projects", "title": t("国企结对项目的规模", "The SOE projects in money"), "period": "2022",
     "panels": [{"title": t("金额", "Amounts"), "figures": ["k1-jianxing-output", "k1-maoning-capital", "k1-xiangyu-capital", "k1-wine-sales", "k1-fair-intent", "k1-xiashang-sales"]}]},
    {"id": "distance", "title": t("一段比台湾还长的路", "A trip longer than Taiwan"), "period": "2022",
     "panels": [{"title": t("距离", "Distance"), "figures": ["k2-xiamen-ningxia", "k2-taiwan-span"]}]},
    {"id": "pengyang", "title": t("彭阳县的帮扶资金与消费帮扶", "Money for Pengyang"), "period": "2022",
     "panels": [{"title": t("金额", "Amounts"), "figures": ["k4-consumption", "k4-funds"]}]},
    {"id": "linxia", "title": t("对临夏的延续帮扶", "Continued support for Linxia"), "period": "2022",
     "panels": [{"title": t("人数", "People"), "figures": ["k5-workers", "k5-flight-workers", "k5-medics", "k5-students"]}]},
]
for c in charts:
    c["keyword"] = {"soe-projects": 1, "distance": 2, "pengyang": 4, "linxia": 5}.get(c["id"])
    if c["keyword"] is None:
        del c["keyword"]

meta = {
    "title": t("山海一家亲 逐梦振兴路", "Mountains and sea, one family: chasing revitalisation together"),
    "deck": t("五个关键字解读我市探索推动的东西部协作新模式和取得的新成果",
              "Five keywords on the new model of East–West cooperation that Xiamen explored, and what it achieved"),
    "intro": t("从2022年初到年底,厦门把对口协作做成了一张网:国企、青年、产业园、示范村,还有已经不再结对的临夏。五个关键字,带你走一遍。",
               "Through 2022 Xiamen turned its partnership with Ningxia into a network: state firms, young volunteers, an industrial park, model villages — and Linxia, no longer a formal partner. Five keywords take you through it."),
    "publication": t("厦门日报", "Xiamen Daily"),
    "date": "2022-12-30",
    "reporters": t("文/本报记者 吴晓菁 通讯员 罗化", "Text: Wu Xiaojing (staff reporter), Luo Hua (correspondent)"),
    "photos": t("图/厦门市农业农村局 提供", "Photos: Xiamen Municipal Bureau of Agriculture and Rural Affairs"),
    "retold": t("本页文字为据原报道改写,数字与名称均出自原文。", "Retold in our own words from the original report; all figures and names come from it."),
}

story = {
    "version": 1,
    "meta": meta,
    "keywords": keywords,
    "box": [{"id": i, "title": a, "note": b} for i, a, b in box],
    "figures": F,
    "soes": [{"id": i, "name": t(zh, en)} for i, zh, en in soes],
    "partners": [{"id": i, "name": t(zh, en), "kind": k} for i, zh, en, k in partners],
    "pairings": pairings,
    "places": [dict({"id": i, "name": t(zh, en), "lat": la, "lon": lo}, **({"label": side, "short": short} if side else {}))
               for i, zh, en, la, lo, side, short in places],
    "charts": charts,
}
out = pathlib.Path(__file__).resolve().parent.parent / "public" / "data" / "story.json"
out.write_text(json.dumps(story, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
print(out, out.stat().st_size, "bytes,", len(F), "figures")

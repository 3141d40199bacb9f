# Builds real_heldout4.jsonl and trap_heldout3.jsonl and checks every evidence phrase
# against the whitespace-normalised, lower-cased DW article.
import json, re, random
SRC = "/work/shared/source/000_0bb33ca914da0b53.txt"
norm = lambda s: re.sub(r"\s+", " ", s).strip().lower()
ART = norm(open(SRC, encoding="utf-8").read())

S, R, N = "supported", "refuted", "not_enough_info"
EV_PARADE_SEPT = ["his own presence in early september at beijing's own military parade"]
EV_NEUTRAL = ["china has nominally maintained a neutral stance on russia's actions in ukraine"]
EV_PIVOT = ["the russian government is moving closer towards asia, particularly china"]
EV_WEST = ["the ukrainian crisis has strained russia's relations with the west"]
EV_GAS = ["38 billion cubic meters of natural gas annually from 2018"]
TASS = "http://tass.com/world/776538"
TASS_BODY = "Russian President Vladimir Putin could come to Beijing in early September to participate in the Chinese events marking the Victory Day in the anti-Japanese war, {who} said on Tuesday."
WEX = "http://washingtonexaminer.com/china-takes-no-sides-on-ukraine-crisis-xi-tells-europe/video/gm-5258056"
CNA = "http://www.channelnewsasia.com/news/asiapacific/russia-turns-to-china/1113872.html"
CBS = "https://cbsnews.com/amp/news/putin-headed-to-china-says-bolstering-ties-of-paramount-importance"
CBS_S = "Amid a bitter crisis in relations with the West over Ukraine, Russia's {post} Vladimir Putin is moving to bolster ties with {who}."
CDU = "http://usa.chinadaily.com.cn/china/2015-05/05/content_20620580.htm"
CTX = "https://chinatopix.com/articles/1815/20140417/russian-president-putin-visit-china.htm"
GMF = "https://www.gmfus.org/news/russia-china-and-west-after-crimea"
EXP = "https://www.expatica.com/ru/news/Putin-meets-Chinas-Xi-as-leaders-head-to-Moscow-for-WWII-parade_472335.html"
EXP_GAS = "Last year, China and Russia inked a {dur}, {val} agreement that will eventually involve Moscow supplying Beijing with 38 billion cubic metres of gas"
EXP_FLY = "China's Xi Jinping flew into Moscow on {day} as some two dozen world leaders headed to Russia for a grandiose World War II victory parade snubbed by the West."
DB14 = "https://www.domain-b.com/economy/worldeconomy/20140521_gas_deal.html"
DB14_S = "Russian President Vladimir Putin {when} signed a 30-year gas deal with China that would deliver 38 billion cubic meters of natural gas a year to China beginning {yr}."
GT = "http://www.globaltimes.cn/content/1055024.shtml"
RI = "https://russia-insider.com/en/china-becomes-1st-foreign-customer-russian-advanced-defense-system/5612"
RB = "https://www.russia-briefing.com/news/china-to-become-russias-largest-trading-partner.html/"
BIG = "https://businessinvestorguide.com/russia/2015-sino-russian-trade-28-expected/"
CYC = "https://cyceon.com/2016/11/08/russia-china-target-a-400-rise-in-bilateral-trade/"
AIN = "https://www.ainonline.com/aviation-news/defense/2015-05-12/new-heavy-helicopter-deal-symbolizes-closer-russia-china-ties"
B4E = "https://www.broadband4europe.com/new-cyber-security-pact-russia-china/"
CTV = "http://en.ctv.by/en/1431325812-xi-jinpings-visit-to-belarus-new-era-in-belarusian-chinese-strategic-partnership"
CTV_S = "On May 10, one of the most influential people in the world (as it is often called in the American media) - Chinese President Xi Jinping - paid a state visit to {c}."
CG = "http://en.chinagate.cn/2015-09/02/content_36485717.htm"
ECFR = "https://www.ecfr.eu/profile/category/www.ecfr.eu/page/-/What_is_political_union__-_ECFR.epub"
ECFR_S = "Andrew Small is a senior transatlantic fellow with the Asia program at the {org} and a non-resident senior policy fellow at the European Council on Foreign Relations."
CEIP15 = "https://carnegieendowment.org/posts/2015/04/on-the-growing-russia-china-relationship"
CEIP16 = "https://carnegieendowment.org/2016/06/29/friends-with-benefits-russian-chinese-relations-after-ukraine-crisis-pub-63953"
DB15 = "https://domain-b.com/defence/defence-general/russia-celebrates-ww-ii-victory-over-nazi-germany-west-boycotts"

real = [
 # --- supported ---
 (TASS_BODY.format(who="Russia’s Ambassador to China Andrey Denisov"), S, EV_PARADE_SEPT, "outlet", TASS),
 ("Putin may attend China’s celebrations of anti-Japanese war Victory Day — ambassador", S, EV_PARADE_SEPT, "outlet", TASS),
 (TASS_BODY.format(who="Russian presidential aide Yuri Ushakov"), S, EV_PARADE_SEPT, "outlet-altered", TASS),
 ("China Takes No Sides On Ukraine Crisis, Xi Tells Europe", S, EV_NEUTRAL, "outlet", WEX),
 ("China and Russia have moved to enhance political and economic cooperation, which analysts say is part of Moscow's strategy to counter European sanctions over the crisis in Ukraine.", S,
   ["the two nations have been developing increasingly warming ties", "russia has increasingly relied on china to cushion the impact of western sanctions"], "outlet", CNA),
 ("Analysts say Russia's pivot to China is strategic, to counter European sanctions over the crisis in Ukraine.", S,
   EV_PIVOT + ["sanctions have been imposed on moscow"], "outlet", CNA),
 ("Analysts say Russia's pivot to China is strategic, to counter Western sanctions over the crisis in Ukraine.", S,
   EV_PIVOT + ["cushion the impact of western sanctions"], "outlet-altered", CNA),
 (CBS_S.format(post="President", who="China"), S, EV_WEST + EV_PIVOT, "outlet", CBS),
 ("Xi will honor soldiers during Russia trip", S, ["meet and decorate war veterans"], "outlet", CDU),
 ("Russian President Putin To Visit China in May", S, ["president putin's visit to china in may 2014"], "outlet", CTX),
 ("Since the onset of the Ukraine crisis, Vladimir Putin has enthusiastically promoted ties with China as an alternative to Russia’s adversarial relationship with the United States and Europe.", S,
   EV_WEST + EV_PIVOT, "outlet", GMF),
 (EXP_GAS.format(dur="30-year", val="multibillion-dollar"), S,
   ["a multibillion dollar gas supply deal was signed", "30-year gas supply contract", "38 billion cubic meters"], "outlet-altered", EXP),
 (DB14_S.format(when="in May", yr="2018"), S,
   ["president putin's visit to china in may 2014", "30-year gas supply contract"] + EV_GAS, "outlet-altered", DB14),
 # --- refuted ---
 (TASS_BODY.format(who="Russia’s Ambassador to China Andrey Denisov").replace("early September", "early October"), R, EV_PARADE_SEPT, "outlet-altered", TASS),
 ("China Sides With Russia On Ukraine Crisis, Xi Tells Europe", R, EV_NEUTRAL, "outlet-altered", WEX),
 ("On the sidelines, the two biggest countries in the group, China and Russia, are expected to sign deals worth US$20 billion, including a 30-year energy contract for Russia to supply China with 48 billion cubic metres of natural gas each year.", R,
   ["38 billion cubic meters of natural gas annually"], "outlet-altered", CNA),
 (CBS_S.format(post="Prime Minister", who="China"), R, ["russian president vladimir putin", "russian pm dmitry medvedev"], "outlet-altered", CBS),
 ("Russian President Putin To Visit China in June", R, ["president putin's visit to china in may 2014"], "outlet-altered", CTX),
 ("Russia's largest natural gas producer Gazprom will start supplying fuel to China through Siberia on December 20, 2019, Gazprom Chief Executive Alexei Miller told reporters after a meeting with China National Petroleum Company (CNPC).", R,
   ["start providing china with 38 billion cubic meters of natural gas annually from 2018"], "outlet", GT),
 ("Russian Prime Minister Dmitry Medvedev and his Chinese counterpart Li Keqiang have reiterated their countries’ commitment to increasing bilateral trade to USD 200 billion annually by 2025, up 400% from more than USD 40 billion so far this year (2016).", R,
   ["china is aiming to more than double it to $200 billion by 2020"], "outlet", CYC),
 (EXP_GAS.format(dur="25-year", val="$400-billion"), R, ["30-year gas supply contract"], "outlet-altered", EXP),
 (EXP_FLY.format(day="Thursday"), R, ["president xi arrived in moscow on friday"], "outlet-altered", EXP),
 (DB14_S.format(when="on Wednesday", yr="2019"), R, EV_GAS, "outlet-altered", DB14),
 ("Russia has purchased China’s most advanced air and missile defense system, Russian media outlets have reported.", R,
   ["russia's sale of advanced missile systems to china such as the s-400"], "outlet-altered", RI),
 ("China overtook Germany to become Russia’s largest trading partner in 2012.", R,
   ["china remained russia's largest trade partner for a fifth consecutive year in 2014"], "outlet-altered", RB),
 (ECFR_S.format(org="Carnegie Endowment for International Peace"), R,
   ["andrew small, a fellow with the asia program of german marshall fund of the united states"], "outlet-altered", ECFR),
 ("Trenin was deputy director of the Carnegie Moscow Center from 2008 to early 2022.", R,
   ["dmitri trenin, director of the carnegie moscow center"], "outlet-altered", CEIP15),
 ("Russia today celebrated the 60th anniversary of the victory over Nazi Germany with a show of military might, but the Western leaders boycotted the celebrations of a victory that saved the West from Facism, after the renewed Cold War over Russia's role in Ukraine.", R,
   ["commemorating the 70th anniversary of the end of word war ii"], "outlet-altered", DB15),
 (CTV_S.format(c="Kazakhstan"), R,
   ["following a one-day trip to kazakhstan, president xi arrived in moscow", "after russia, xi will make a two-day visit to belarus"], "outlet-altered", CTV),
 # --- not enough info ---
 (EXP_FLY.format(day="Friday"), N, [], "outlet", EXP),
 (EXP_GAS.format(dur="30-year", val="$400-billion"), N, [], "outlet", EXP),
 (DB14_S.format(when="on Wednesday", yr="2018"), N, [], "outlet", DB14),
 ("China is now the first foreign customer of the S-400 air and missile defense systems, said Anatoly Isaykin, director general of Russia’s major arms exports firm Rosoborobexport.", N, [], "outlet", RI),
 ("Russian President Vladimir Putin had, in principle, approved the deal with China last year.", N, [], "outlet", RI),
 ("China overtook Germany to become Russia’s largest trading partner in 2010.", N, [], "outlet", RB),
 ("2015 Sino-Russian trade down 28% with more of the same expected", N, [], "outlet", BIG),
 ("Beyond figures like US-China bilateral trade at USD 660 billion in 2015 – that is 10 times Russia-China’s USD 65 billion in 2015 – the Russian-Chinese relationship bets on building long-term political substance and strategic relevance.", N, [], "outlet", CYC),
 ("Russian Helicopters and Avic signed a breakthrough deal on May 8 for joint development of the Advanced Heavy Lift (AHL) helicopter.", N, [], "outlet", AIN),
 ("Russia and China cemented their growing friendship last week with the signing of a new cyber security pact.", N, [], "outlet", B4E),
 (CTV_S.format(c="Belarus"), N, [], "outlet", CTV),
 ("\"China will always be a sincere friend and reliable partner of Belarus,\" vowed the Chinese president, who visited Belarus in May.", N, [], "outlet", CG),
 (ECFR_S.format(org="German Marshall Fund of the United States"), N, [], "outlet", ECFR),
 ("Trenin was director of the Carnegie Moscow Center from 2008 to early 2022.", N, [], "outlet", CEIP15),
 ("Facing sanctions from the West after the annexation of Crimea, Russia has reoriented its economy toward China.", N, [], "outlet", CEIP16),
 ("In 2015, they attended each other’s military parades commemorating the 70th anniversary of the end of World War II, when no Western leader attended either.", N, [], "outlet", GMF),
 (CBS_S.format(post="President", who="Japan"), N, [], "outlet-altered", CBS),
]

trap = [
 ("xi in moscow for the ww2 parade?", S, ["arrived in moscow on friday to attend a large military parade"]),
 ("xi spent one day in kazakstan before moscow", S, ["following a one-day trip to kazakhstan, president xi arrived in moscow"]),
 ("china russia trade was 95bn usd in 2014", S, ["bilateral trade stood at $95 billion in 2014"]),
 ("gas deal = 38 bcm/yr starting 2018", S, EV_GAS),
 ("xi will also meet medvedv", S, ["xi will hold talks with putin and russian pm dmitry medvedev"]),
 ("china and russia are both permanent UNSC members", S, ["where they are both permanent members"]),
 ("Russia = China's 9th largest trading partner in 2014", S, ["russia was china's ninth-largest trade partner"]),
 ("putin going to china's parade in september?", S, EV_PARADE_SEPT),
 ("energy is most of china-russia trade", S, ["energy exports account for a lion's share of the bilateral trade"]),
 ("russia sold s400s to china", S, ["russia's sale of advanced missile systems to china such as the s-400"]),
 ("xi's trip to russia lasts 5 days", R, ["three-day visit to russia"]),
 ("30 yr gas contract was signed in 2013", R, ["president putin's visit to china in may 2014"]),
 ("china wants 300bn trade with russia by 2020", R, ["$200 billion by 2020"]),
 ("biswas is a fellow at the german marshall fund", R, ["rajiv biswas, chief asia economist at global analytics firm ihs"]),
 ("cheng guoping is china's foreign minister", R, ["chinese vice foreign minister cheng guoping"]),
 ("china is russia's 2nd biggest trade partner", R, ["china remained russia's largest trade partner"]),
 ("xi visits belarus first, then kazakhstan", R, ["after russia, xi will make a two-day visit to belarus", "following a one-day trip to kazakhstan"]),
 ("ruble rose because of the sanctions", R, ["causing its currency and energy exports to plunge"]),
 ("Moscow welcomes Beijing's growing clout in Central Asia", R, ["moscow fears a loss of its clout in the region's former soviet republics"]),
 ("first chinese president in belarus for 4 yrs", R, ["the first by a chinese president in 14 years"]),
 ("the cyber pact was signed on may 8", N, []),
 ("china-russia trade dropped in 2015", N, []),
 ("the gas deal is worth $400bn", N, []),
 ("western route gas deal signed?", N, []),
 ("japan also sanctioned russia", N, []),
 ("xi first visited moscow as president in march 2013", N, []),
 ("us-china trade is bigger than china-russia trade", N, []),
 ("Gazprom will build the East-Route pipeline", N, []),
 ("lukashenko will welcome xi at minsk airport", N, []),
 ("kazakhstan signed $23bn of deals with china", N, []),
]

bad = 0
for rows in (real, trap):
    for r in rows:
        for e in r[2]:
            if e != e.lower() or norm(e) not in ART:
                print("EVIDENCE NOT IN ARTICLE:", e); bad += 1
        if r[1] == N and r[2]: print("NEI with evidence", r[0]); bad += 1
        if r[1] != N and not r[2]: print("no evidence", r[0]); bad += 1
assert bad == 0, bad

# check no sentence or page URL reused from earlier sets
prev_claims, prev_urls = set(), set()
for f in ["/work/main/eval4/real_heldout3.jsonl", "/work/main/eval3/real_heldout2.jsonl", "/work/main/eval3/real_heldout.jsonl",
          "/work/shared/eval/real_dev_claims.jsonl", "/work/shared/eval/trap_dev_claims.jsonl", "/work/main/eval3/trap_heldout.jsonl",
          "/work/main/eval4/trap_heldout2.jsonl", "/work/shared/eval/dev_claims.jsonl"]:
    for l in open(f):
        if not l.strip(): continue
        d = json.loads(l)
        prev_claims.add(norm(d["claim"]))
        src = d.get("source") or ""
        for u in re.findall(r"https?://\S+", src):
            prev_urls.add(re.sub(r"^https?://(www\.)?", "", u).rstrip("/"))
for r in real:
    assert norm(r[0]) not in prev_claims, r[0]
    u = re.sub(r"^https?://(www\.)?", "", r[4]).rstrip("/")
    assert u not in prev_urls, u
for r in trap:
    assert norm(r[0]) not in prev_claims, r[0]
assert len(set(norm(r[0]) for r in real)) == len(real)

random.seed(5)
order = list(range(len(real))); random.shuffle(order)
with open("/work/heldout5/real_heldout4.jsonl", "w", encoding="utf-8") as f:
    for i, k in enumerate(order, 1):
        c, lab, ev, orig, src = real[k]
        f.write(json.dumps({"id": f"rh4-{i:03d}", "claim": c, "label": lab, "evidence": ev, "origin": orig, "source": src}, ensure_ascii=False) + "\n")
order = list(range(len(trap))); random.shuffle(order)
with open("/work/heldout5/trap_heldout3.jsonl", "w", encoding="utf-8") as f:
    for i, k in enumerate(order, 1):
        c, lab, ev = trap[k]
        f.write(json.dumps({"id": f"th3-{i:03d}", "claim": c, "label": lab, "evidence": ev}, ensure_ascii=False) + "\n")

from collections import Counter
print("real", len(real), Counter(r[1] for r in real), Counter(r[3] for r in real), Counter((r[3], r[1]) for r in real))
print("trap", len(trap), Counter(r[1] for r in trap))

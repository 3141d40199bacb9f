# Builds claims.jsonl, draft.txt and draft_expected.jsonl for the AirAsia kit and checks them.
import json, re
D = "/work/heldout5/articles/airasia-qz8501-2014/"
SLUG = "airasia-qz8501-2014"
norm = lambda s: re.sub(r"\s+", " ", s).strip().lower()
ART = norm(open(D + "article.txt", encoding="utf-8").read())
S, R, N = "supported", "refuted", "not_enough_info"
claims = [
 # supported
 ("Indonesia AirAsia Flight 8501 was on its way to Singapore when it went down.", S, ["the singapore-bound airbus a320 crashed"], "paraphrase: Singapore-bound"),
 ("A total of 162 passengers and crew were aboard the AirAsia jet.", S, ["some of the 162 passengers and crew"], "number kept, reworded"),
 ("No distress call was received from the plane before it vanished from radar.", S, ["with no distress call received"], "paraphrase of the lead"),
 ("All 228 people on board died when Air France Flight 447 crashed in 2009.", S, ["that crash killed all 228 on board"], "reordered; killed all = all died"),
 ("Air France Flight 447 was flying to Paris from Rio de Janeiro.", S, ["the paris-bound flight from rio de janeiro"], "Paris-bound = flying to Paris"),
 ("Indonesian air force helicopters spotted two oil patches east of Belitung island on Monday.", S, ["two oil patches in the java sea east of belitung island", "were located by indonesian air-force helicopters"], "passive turned active; located = spotted"),
 ("Slick samples were being analysed to find out whether they came from QZ8501, an Indonesian air-force officer told MetroTV.", S, ["the slick samples were being analyzed to determine if they came from flight qz8501"], "British spelling; officer unnamed; frame kept"),
 ("MH370, a Boeing 777, disappeared on March 8 with 239 people on board.", S, ["a boeing 777 en route to beijing from kuala lumpur, disappreared on march 8 with 239 on board"], "flight number abbreviated; the article's typo 'disappreared'"),
 ("Malaysia Airlines Flight 17 was shot down over eastern Ukraine on July 17, killing all 298 people aboard.", S, ["killing all 298 people on board"], "compound, all parts in one sentence of the article"),
 ("\"Until today, we have never lost a life,\" AirAsia founder Tony Fernandes said.", S, ["until today, we have never lost a life"], "quote with role 'founder' (the article: founder of the AirAsia group)"),
 ("Jokowi orders review of all aviation procedures after AirAsia loss", S, ["ordered an immediate review of all aviation procedures"], "headline style; nickname Jokowi for President Joko Widodo"),
 ("Surabaya is Indonesia's second-biggest city.", S, ["the country’s second-largest city"], "biggest = largest; the country = Indonesia"),
 ("Controllers cleared the jet to climb to 34,000 feet at 6:17 a.m. local time but got no reply.", S, ["controllers offered flight 8501 permission to climb to 34,000 feet, but there was no reply"], "time and altitude as in the article; offered permission = cleared"),
 ("The sea where the aircraft disappeared is less than 100 metres deep.", S, ["less than 100 metres deep where the aircraft vanished"], "paraphrase"),
 ("The Malaysian AirAsia parent company owns 49 percent of Indonesia AirAsia.", S, ["49-per-cent owned by the malaysian airasia parent company"], "49-per-cent = 49 percent"),
 ("Seventeen children and one infant were among the 155 passengers.", S, ["155 passengers, including 17 children and an infant"], "numbers written as words"),
 ("The French co-pilot, Rémi Emmanuel Plesel, had 2,275 hours on the A320.", S, ["the co-pilot was rémi emmanuel plesel, a french citizen", "had 2,275 hours on the airbus a320"], "compound within one sentence"),
 ("Standard procedure is to fly around severe thunderstorms rather than over them.", S, ["deviation around, rather than over, is standard procedure"], "paraphrase"),
 ("Any estimated crash position is in the sea, Indonesia's search-and-rescue director Henry Bambang Soelistyo said, according to the Globe and Mail.", S, ["any estimated crash position is in the sea"], "attribution kept; outlet frame set aside"),
 ("Fernandes, who founded AirAsia, flew to Surabaya on Monday and said it was premature to speculate on whether crew training needed to change.", S, ["mr. fernandes flew to surabaya on monday", "premature to speculate on whether procedures or crew training needed to be changed"], "journalistic compound, both parts stated"),
 # refuted
 ("The AirAsia jet was bound for Kuala Lumpur.", R, ["the singapore-bound airbus a320"], "destination: Singapore"),
 ("There were 192 passengers and crew on Flight 8501.", R, ["some of the 162 passengers and crew"], "number: 162"),
 ("The pilots issued a distress call shortly before the plane disappeared.", R, ["with no distress call received"], "negation: no distress call was received"),
 ("Air France Flight 447 crashed in 2007.", R, ["the 2009 crash of air france"], "year: 2009"),
 ("In the Air France crash, the aircraft fell more than 11 kilometres in just over fourteen minutes.", R, ["in just over four minutes"], "duration: four minutes"),
 ("Air France Flight 447 was an Airbus A320.", R, ["when the airbus a330 slammed into the sea"], "aircraft type: A330"),
 ("The two oil patches were found by Malaysian navy ships.", R, ["were located by indonesian air-force helicopters"], "who found them: Indonesian air-force helicopters"),
 ("Malaysia Airlines Flight 370 was a Boeing 747.", R, ["a boeing 777 en route to beijing"], "aircraft type: Boeing 777"),
 ("MH370 was flying from Beijing to Kuala Lumpur when it vanished.", R, ["en route to beijing from kuala lumpur"], "direction reversed"),
 ("Tony Fernandes is the chief executive of Malaysia Airlines.", R, ["the flamboyant malaysian founder of the airasia group"], "role/employer: founder of the AirAsia group"),
 ("Indonesian Vice President Jusuf Kalla ordered an immediate review of all aviation procedures.", R, ["widodo ordered an immediate review of all aviation procedures"], "the single entity in the role: President Joko Widodo"),
 ("The pilots asked to climb from 32,000 to 38,000 feet and air-traffic control granted the request.", R, ["the request was denied"], "opposite: the request was denied"),
 ("Indonesia AirAsia has another 38 Airbus A320s.", R, ["has another 28 airbus a320s"], "number: 28"),
 ("The crew of seven included three pilots.", R, ["a crew of seven – two pilots, four flight attendants"], "number: two pilots"),
 ("Fernandes, who flew to Jakarta on Monday, said it was premature to speculate on whether crew training needed to change.", R, ["mr. fernandes flew to surabaya on monday"], "journalistic compound; place: Surabaya"),
 # not enough info
 ("The AirAsia plane crashed because its pitot tubes froze.", N, [], "cause unknown in the article (recorders not yet found)"),
 ("Flight 8501's departure from Surabaya was delayed by half an hour.", N, [], "departure delay not mentioned"),
 ("Captain Iriyanto was 53 years old.", N, [], "age not given (only his daughter's)"),
 ("Three South Koreans were among the passengers.", N, [], "nationalities other than 'most were Indonesians' not given"),
 ("Flight 8501 went down in the Java Sea with 162 people aboard, and divers had recovered 40 bodies by the following weekend.", N, [], "journalistic compound; second part is a later event"),
 ("The flight data recorders were recovered in January 2015.", N, [], "later event; the article says the search will shift to finding them"),
 ("AirAsia was founded in 2001.", N, [], "founding year not given"),
 ("Investigators concluded that Flight 8501 stalled during its climb.", N, [], "stated as done; the article says investigators cannot yet determine what went wrong"),
 ("Singapore and Malaysia sent ships to join the search.", N, [], "more specific: 'ships from several countries'"),
 ("Malaysia Airlines Flight 17 was flying from Amsterdam to Kuala Lumpur when it was shot down.", N, [], "route of MH17 not given"),
 ("AirAsia's share price fell 8 per cent after the plane went missing.", N, [], "not in the article"),
 ("Air France Flight 447 crashed on June 1, 2009.", N, [], "more specific: only the year 2009 is given"),
 ("Indonesia suspended AirAsia's Surabaya-Singapore route after the crash.", N, [], "later event"),
 ("The first officer was at the controls when contact was lost.", N, [], "the article says it is not yet known which pilot was flying"),
 ("AirAsia carried about 50 million passengers in 2013.", N, [], "other period / value not in the article"),
]
draft = """AirAsia Flight 8501: what we know

Indonesia AirAsia Flight 8501, a Singapore-bound Airbus A320, disappeared from radar while flying through a line of equatorial thunderstorms, and no distress call was received. There were 162 passengers and crew on board, most of them Indonesians heading to Singapore on vacation. The flight from Surabaya, Indonesia's third-largest city, normally takes about two hours.

About 50 minutes after takeoff, one of the pilots asked air-traffic control for permission to climb from 32,000 to 38,000 feet, but the request was denied because of other aircraft. At 6:17 a.m. local time, controllers offered the plane permission to climb to 36,000 feet, but there was no reply.

On Monday, Indonesian air-force helicopters located two oil patches in the Java Sea east of Belitung island. The Java Sea is less than 100 metres deep where the aircraft vanished, which should make it easier to recover the flight recorders.

The loss invites comparison with the 2009 crash of Air France Flight 447, which killed all 238 people on board. It was the third major crash of the year for Malaysian aviation, after Malaysia Airlines Flight 370 disappeared on March 8 and Flight 17 was shot down over eastern Ukraine on July 17.

AirAsia founder Tony Fernandes said the airline had never lost a life until that day. Indonesian Vice President Joko Widodo ordered an immediate review of all aviation procedures. Indonesia AirAsia is 49 per cent owned by the Malaysian parent company and has another 28 Airbus A320s. The co-pilot, a French citizen, had 2,275 hours on the Airbus A320, while the captain was a former Indonesian navy pilot.
"""
expected = [
 {"anchor": "Indonesia's third-largest city", "label": R, "original": "Surabaya, the country’s second-largest city", "why": "rank: second-largest -> third-largest"},
 {"anchor": "permission to climb to 36,000 feet", "label": R, "original": "controllers offered Flight 8501 permission to climb to 34,000 feet", "why": "altitude: 34,000 -> 36,000 feet"},
 {"anchor": "which killed all 238 people on board", "label": R, "original": "That crash killed all 228 on board", "why": "number: 228 -> 238"},
 {"anchor": "Indonesian Vice President Joko Widodo ordered", "label": R, "original": "Indonesian President Joko “Jokowi” Widodo ordered", "why": "post: President -> Vice President"},
 {"anchor": "the captain was a former Indonesian navy pilot", "label": R, "original": "was a former Indonesian air-force fighter pilot", "why": "service: air force -> navy"},
 {"anchor": "disappeared from radar while flying through a line of equatorial thunderstorms", "label": S},
 {"anchor": "There were 162 passengers and crew on board", "label": S},
 {"anchor": "the request was denied because of other aircraft", "label": S},
 {"anchor": "located two oil patches in the Java Sea east of Belitung island", "label": S},
 {"anchor": "less than 100 metres deep where the aircraft vanished", "label": S},
 {"anchor": "after Malaysia Airlines Flight 370 disappeared on March 8", "label": S},
 {"anchor": "the airline had never lost a life until that day", "label": S},
]
bad = 0
for c, lab, ev, why in claims:
    for e in ev:
        if e != e.lower() or norm(e) not in ART: print("BAD EVIDENCE", e); bad += 1
    if (lab == N) != (not ev): print("evidence/label mismatch", c); bad += 1
for e in expected:
    if draft.count(e["anchor"]) != 1: print("anchor count", e["anchor"]); bad += 1
    if "original" in e and norm(e["original"]) not in ART: print("original not in article", e["original"]); bad += 1
assert bad == 0
assert len(set(c[0] for c in claims)) == len(claims)
with open(D + "claims.jsonl", "w", encoding="utf-8") as f:
    for i, (c, lab, ev, why) in enumerate(claims, 1):
        f.write(json.dumps({"id": f"{SLUG}-{i:03d}", "claim": c, "label": lab, "evidence": ev, "why": why}, ensure_ascii=False) + "\n")
open(D + "draft.txt", "w", encoding="utf-8").write(draft)
with open(D + "draft_expected.jsonl", "w", encoding="utf-8") as f:
    for e in expected: f.write(json.dumps(e, ensure_ascii=False) + "\n")
from collections import Counter
print(len(claims), Counter(c[1] for c in claims))
import re as _re
print("draft sentences", len(_re.findall(r"[.!?](\s|$)", draft.split("\n",2)[2])))

"""Write synthetic JSON Lines fact stores (valid per docs/store-format.md) for the benchmarks.

    python benchmarks/make_store.py 10000 /tmp/store-10k.jsonl
    python benchmarks/make_store.py --sizes 10000,100000,1000000 --out benchmarks/data

Facts follow ten templates of news statements (trade flows, trade values, visits,
rankings, contracts, growth rates, treaties, appointments, summits, pipelines) over 50
countries (with aliases), 53 cities, ~1,500 companies and ~6,000 people, with quantities,
dates, ranks, durations, entities in roles and keys. The same seed writes the same store.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

COUNTRIES = {
    "Russia": ["Russian", "Moscow", "Russian Federation"],
    "China": ["Chinese", "Beijing", "PRC"],
    "India": ["Indian", "New Delhi"],
    "Brazil": ["Brazilian", "Brasilia"],
    "Germany": ["German", "Berlin"],
    "France": ["French", "Paris"],
    "Japan": ["Japanese", "Tokyo"],
    "Turkey": ["Turkish", "Ankara"],
    "Iran": ["Iranian", "Tehran"],
    "Egypt": ["Egyptian", "Cairo"],
    "Nigeria": ["Nigerian", "Abuja"],
    "Kenya": ["Kenyan", "Nairobi"],
    "Mexico": ["Mexican"],
    "Canada": ["Canadian", "Ottawa"],
    "Argentina": ["Argentine", "Argentinian", "Buenos Aires"],
    "Chile": ["Chilean", "Santiago"],
    "Peru": ["Peruvian", "Lima"],
    "Colombia": ["Colombian", "Bogota"],
    "Poland": ["Polish", "Warsaw"],
    "Ukraine": ["Ukrainian", "Kiev", "Kyiv"],
    "Kazakhstan": ["Kazakh", "Astana"],
    "Mongolia": ["Mongolian", "Ulaanbaatar"],
    "Vietnam": ["Vietnamese", "Hanoi"],
    "Indonesia": ["Indonesian", "Jakarta"],
    "Malaysia": ["Malaysian", "Kuala Lumpur"],
    "Thailand": ["Thai", "Bangkok"],
    "Australia": ["Australian", "Canberra"],
    "Norway": ["Norwegian", "Oslo"],
    "Sweden": ["Swedish", "Stockholm"],
    "Finland": ["Finnish", "Helsinki"],
    "Italy": ["Italian", "Rome"],
    "Spain": ["Spanish", "Madrid"],
    "Portugal": ["Portuguese", "Lisbon"],
    "Greece": ["Greek", "Athens"],
    "Hungary": ["Hungarian", "Budapest"],
    "Serbia": ["Serbian", "Belgrade"],
    "Belarus": ["Belarusian", "Minsk"],
    "Qatar": ["Qatari", "Doha"],
    "Saudi Arabia": ["Saudi", "Riyadh"],
    "South Africa": ["South African", "Pretoria"],
    "South Korea": ["South Korean", "Seoul"],
    "Pakistan": ["Pakistani", "Islamabad"],
    "Bangladesh": ["Bangladeshi", "Dhaka"],
    "Algeria": ["Algerian", "Algiers"],
    "Angola": ["Angolan", "Luanda"],
    "Ethiopia": ["Ethiopian", "Addis Ababa"],
    "Morocco": ["Moroccan", "Rabat"],
    "Uzbekistan": ["Uzbek", "Tashkent"],
    "Azerbaijan": ["Azerbaijani", "Baku"],
    "Georgia": ["Georgian", "Tbilisi"],
}
CITIES = [
    "Shanghai",
    "Vladivostok",
    "Mumbai",
    "Hamburg",
    "Rotterdam",
    "Marseille",
    "Osaka",
    "Istanbul",
    "Alexandria",
    "Lagos",
    "Mombasa",
    "Monterrey",
    "Vancouver",
    "Rosario",
    "Valparaiso",
    "Gdansk",
    "Odessa",
    "Almaty",
    "Da Nang",
    "Surabaya",
    "Penang",
    "Perth",
    "Bergen",
    "Gothenburg",
    "Turku",
    "Genoa",
    "Valencia",
    "Porto",
    "Thessaloniki",
    "Debrecen",
    "Novi Sad",
    "Gomel",
    "Jeddah",
    "Durban",
    "Busan",
    "Karachi",
    "Chittagong",
    "Oran",
    "Benguela",
    "Dire Dawa",
    "Casablanca",
    "Samarkand",
    "Ganja",
    "Batumi",
    "Guangzhou",
    "Harbin",
    "Kazan",
    "Novosibirsk",
    "Chennai",
    "Leipzig",
    "Lyon",
    "Nagoya",
    "Izmir",
]
COMMODITIES = {
    "natural gas": ("cubic meters", "billion"),
    "liquefied natural gas": ("tonnes", "million"),
    "crude oil": ("barrels", "million"),
    "coal": ("tonnes", "million"),
    "wheat": ("tonnes", "million"),
    "soybeans": ("tonnes", "million"),
    "copper": ("tonnes", "thousand"),
    "iron ore": ("tonnes", "million"),
    "steel": ("tonnes", "million"),
    "aluminium": ("tonnes", "thousand"),
    "nickel": ("tonnes", "thousand"),
    "timber": ("cubic meters", "million"),
    "fertiliser": ("tonnes", "million"),
    "corn": ("tonnes", "million"),
    "rice": ("tonnes", "million"),
    "cotton": ("tonnes", "thousand"),
    "palm oil": ("tonnes", "million"),
    "uranium": ("tonnes", "thousand"),
    "lithium": ("tonnes", "thousand"),
    "diesel": ("tonnes", "million"),
}
SECTORS = [
    "manufacturing",
    "construction",
    "mining",
    "farm",
    "textile",
    "chemical",
    "automotive",
    "shipbuilding",
    "electronics",
    "pharmaceutical",
    "tourism",
    "fishing",
    "retail",
    "software",
    "aviation",
    "rail",
    "steel",
    "dairy",
    "wine",
    "semiconductor",
]
COMPANY_STEMS = [
    "Norvex",
    "Altaris",
    "Baltiq",
    "Corvan",
    "Dravik",
    "Estrel",
    "Fjordan",
    "Galtor",
    "Helvar",
    "Istra",
    "Jorvik",
    "Kestrel",
    "Lumar",
    "Mirano",
    "Nordal",
    "Orvan",
    "Pelion",
    "Quarto",
    "Rostov",
    "Sarmat",
    "Tavrida",
    "Ural",
    "Volga",
    "Wester",
    "Yakut",
    "Zenith",
    "Amur",
    "Borea",
    "Caspia",
    "Donbas",
    "Elbrus",
    "Fergana",
    "Gobi",
    "Hormuz",
    "Irtysh",
    "Jubba",
    "Kama",
    "Ladoga",
    "Meridian",
    "Neva",
    "Onega",
    "Pamir",
    "Sayan",
    "Taiga",
    "Ussuri",
    "Vostok",
    "Yenisei",
    "Zeya",
    "Aral",
    "Baikal",
    "Crimson",
    "Delta",
    "Evergreen",
    "Falcon",
    "Granite",
    "Harbor",
    "Ivory",
    "Jade",
    "Keystone",
    "Lotus",
]
COMPANY_KINDS = [
    "Energy",
    "Petroleum",
    "Mining",
    "Steel",
    "Shipping",
    "Logistics",
    "Holdings",
    "Group",
    "Industries",
    "Gas",
    "Rail",
    "Metals",
    "Agro",
    "Chemicals",
    "Power",
    "Capital",
    "Resources",
    "Motors",
    "Telecom",
    "Bank",
    "Airlines",
    "Pipelines",
    "Grain",
    "Timber",
    "Ports",
    "Nuclear",
    "Solar",
    "Wind",
    "Fertilisers",
    "Refining",
]
FIRST_NAMES = [
    "Anna",
    "Boris",
    "Chen",
    "Dmitry",
    "Elena",
    "Farid",
    "Grace",
    "Hiro",
    "Ivan",
    "Julia",
    "Kemal",
    "Lena",
    "Miguel",
    "Nadia",
    "Omar",
    "Priya",
    "Quentin",
    "Rosa",
    "Sergei",
    "Tara",
    "Umar",
    "Vera",
    "Wei",
    "Ximena",
    "Yusuf",
    "Zara",
    "Arjun",
    "Bianca",
    "Carlos",
    "Dana",
    "Emil",
    "Fatima",
    "Gustav",
    "Hana",
    "Igor",
    "Jonas",
    "Kira",
    "Luis",
    "Mira",
    "Nikolai",
    "Olga",
    "Pavel",
    "Rania",
    "Stefan",
    "Tomas",
    "Uma",
    "Viktor",
    "Wanda",
    "Yuki",
    "Zoltan",
    "Alexei",
    "Beatriz",
    "Daria",
    "Erik",
    "Felix",
    "Greta",
    "Hassan",
    "Ines",
    "Jamal",
    "Katya",
    "Lars",
    "Marta",
    "Noor",
    "Oskar",
    "Petra",
    "Rafael",
    "Sofia",
    "Timur",
    "Ulla",
    "Vikram",
    "Wen",
    "Yara",
    "Zhang",
    "Amir",
    "Bruno",
    "Clara",
    "Diego",
    "Elif",
    "Frida",
    "Goran",
    "Helga",
    "Ilya",
    "Jana",
    "Karim",
    "Leila",
    "Mateo",
    "Nina",
    "Otto",
    "Paula",
    "Ruslan",
    "Selin",
    "Tariq",
    "Ursula",
    "Valentin",
    "Willem",
    "Yasmin",
    "Zeno",
    "Adil",
]
LAST_NAMES = [
    "Ivanov",
    "Petrova",
    "Wang",
    "Li",
    "Sharma",
    "Patel",
    "Schmidt",
    "Dubois",
    "Tanaka",
    "Yilmaz",
    "Rahimi",
    "Mansour",
    "Okafor",
    "Mwangi",
    "Hernandez",
    "Tremblay",
    "Gomez",
    "Rojas",
    "Quispe",
    "Castro",
    "Kowalski",
    "Shevchenko",
    "Nurlanov",
    "Bat-Erdene",
    "Nguyen",
    "Santoso",
    "Ibrahim",
    "Chaiyaporn",
    "Smith",
    "Hansen",
    "Lindqvist",
    "Virtanen",
    "Rossi",
    "Garcia",
    "Silva",
    "Papadopoulos",
    "Nagy",
    "Jovanovic",
    "Lukashenko",
    "Al-Thani",
    "Al-Saud",
    "Ndlovu",
    "Kim",
    "Khan",
    "Rahman",
    "Benali",
    "Dos Santos",
    "Bekele",
    "El Amrani",
    "Karimov",
    "Aliyev",
    "Beridze",
    "Morozov",
    "Volkova",
    "Zhou",
    "Liu",
    "Gupta",
    "Reddy",
    "Weber",
    "Fischer",
    "Moreau",
    "Laurent",
    "Suzuki",
    "Sato",
    "Demir",
    "Kaya",
    "Hosseini",
    "Farouk",
    "Adeyemi",
    "Otieno",
    "Lopez",
    "Martin",
    "Fernandez",
    "Torres",
    "Mendoza",
    "Nowak",
    "Bondarenko",
    "Sadykov",
    "Tran",
    "Wijaya",
    "Hassan",
    "Srisuk",
    "Jones",
    "Olsen",
    "Berg",
    "Korhonen",
    "Bianchi",
    "Martinez",
    "Costa",
    "Georgiou",
]
POSTS = [
    "energy minister",
    "trade minister",
    "foreign minister",
    "prime minister",
    "president",
    "finance minister",
    "central bank governor",
    "chief executive",
    "ambassador",
    "deputy prime minister",
    "economy minister",
    "agriculture minister",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORDINALS = [
    "",
    "",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
]
EVENTS = ["summit", "trade fair", "energy forum", "investment conference", "security dialogue"]

Record = dict[str, Any]


class Vocabulary:
    """The names facts are made of, drawn once from a seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.countries = list(COUNTRIES)
        self.companies = sorted(
            {f"{rng.choice(COMPANY_STEMS)} {rng.choice(COMPANY_KINDS)}" for _ in range(3000)}
        )
        self.people = sorted(
            {f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}" for _ in range(10000)}
        )


def _number(rng: random.Random) -> int | float:
    value = rng.choice([rng.randint(2, 99), rng.randint(100, 950), round(rng.uniform(1, 60), 1)])
    return int(value) if float(value).is_integer() else value


def _text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _two(rng: random.Random, items: list[str]) -> tuple[str, str]:
    first, second = rng.sample(items, 2)
    return first, second


def gas_flow(rng: random.Random, vocab: Vocabulary) -> Record:
    """A supplier will deliver an amount of a commodity a year, from a start year."""
    seller, buyer = _two(rng, vocab.countries)
    commodity = rng.choice(list(COMMODITIES))
    unit, scale = COMMODITIES[commodity]
    value, year = _number(rng), rng.randint(1995, 2035)
    verb = rng.choice(["supply", "deliver", "ship", "sell"])
    return {
        "statement": f"{seller} will {verb} {buyer} {'with ' if verb == 'supply' else ''}"
        f"{_text(value)} {scale} {unit} of {commodity} a year from {year}.",
        "modality": rng.choice(["planned", "expected"]),
        "topics": ["trade", commodity.split()[-1]],
        "keys": [commodity, f"{seller}|{buyer}"],
        "entities": [{"name": seller, "role": "supplier"}, {"name": buyer, "role": "recipient"}],
        "quantities": [
            {"slot": "volume", "value": value, "scale": scale, "unit": unit, "period": "year"}
        ],
        "dates": [{"slot": "start", "date": str(year), "cue": ["from", "start", "begin"]}],
    }


def trade_value(rng: random.Random, vocab: Vocabulary) -> Record:
    """Trade between two countries reached a value in a year."""
    first, second = _two(rng, vocab.countries)
    value, year = _number(rng), rng.randint(1990, 2030)
    currency = rng.choice(["US dollars", "euros", "yuan"])
    return {
        "statement": f"Trade between {first} and {second} reached {_text(value)} billion "
        f"{currency} in {year}.",
        "modality": "reported",
        "topics": ["trade"],
        "keys": ["trade", first, second],
        "quantities": [
            {"slot": "value", "value": value, "scale": "billion", "unit": currency.split()[-1]}
        ],
        "dates": [{"slot": "year", "date": str(year)}],
    }


def visit(rng: random.Random, vocab: Vocabulary) -> Record:
    """An official visits a city for a few days."""
    person, home = rng.choice(vocab.people), rng.choice(vocab.countries)
    city, post = rng.choice(CITIES), rng.choice(POSTS)
    year, month = rng.randint(2000, 2030), rng.randint(1, 12)
    start = rng.randint(1, 25)
    end = start + rng.randint(1, 3)
    return {
        "statement": f"{person}, the {home} {post}, visits {city} from {start} to {end} "
        f"{MONTHS[month - 1]} {year}.",
        "modality": "reported",
        "topics": ["diplomacy"],
        "keys": [person, city],
        "entities": [
            {"name": person, "role": "subject"},
            {"name": city, "role": "destination"},
        ],
        "dates": [
            {
                "slot": "trip",
                "date": f"{year}-{month:02d}-{start:02d}",
                "end": f"{year}-{month:02d}-{end:02d}",
            }
        ],
    }


def ranking(rng: random.Random, vocab: Vocabulary) -> Record:
    """A country is the n-th largest producer or exporter of a commodity."""
    country, commodity = rng.choice(vocab.countries), rng.choice(list(COMMODITIES))
    rank = rng.randint(1, 10)
    role = rng.choice(["producer", "exporter", "importer", "consumer"])
    ordinal = f"{ORDINALS[rank]}-largest" if rank > 1 else "largest"
    return {
        "statement": f"{country} is the world's {ordinal} {role} of {commodity}.",
        "modality": "reported",
        "topics": ["markets", commodity.split()[-1]],
        "keys": [commodity, country, role],
        "ranks": [{"slot": "rank", "value": rank, "kind": "rank"}],
    }


def contract(rng: random.Random, vocab: Vocabulary) -> Record:
    """A company signed a contract of some years and value with another on a day."""
    first, second = _two(rng, vocab.companies)
    years, value = rng.randint(2, 40), _number(rng)
    year, month, day = rng.randint(2000, 2030), rng.randint(1, 12), rng.randint(1, 28)
    currency = rng.choice(["euros", "US dollars", "rubles"])
    return {
        "statement": f"{first} signed a {years}-year contract worth {_text(value)} million "
        f"{currency} with {second} on {MONTHS[month - 1]} {day}, {year}.",
        "modality": "reported",
        "topics": ["business"],
        "keys": ["contract", first, second],
        "entities": [{"name": first, "role": "seller"}, {"name": second, "role": "buyer"}],
        "quantities": [
            {"slot": "value", "value": value, "scale": "million", "unit": currency.split()[-1]}
        ],
        "durations": [{"slot": "length", "value": years, "unit": "year"}],
        "dates": [{"slot": "signed", "date": f"{year}-{month:02d}-{day:02d}", "cue": ["on"]}],
    }


def growth(rng: random.Random, vocab: Vocabulary) -> Record:
    """A sector's output rose or fell by a percentage in a year."""
    country, sector = rng.choice(vocab.countries), rng.choice(SECTORS)
    value, year = round(rng.uniform(0.5, 25), 1), rng.randint(1990, 2030)
    verb = rng.choice(["rose", "fell", "grew", "dropped"])
    return {
        "statement": f"{country}'s {sector} output {verb} {_text(value)} percent in {year}.",
        "modality": "reported",
        "topics": ["economy"],
        "keys": [sector, country],
        "quantities": [{"slot": "change", "value": value, "unit": "percent"}],
        "dates": [{"slot": "year", "date": str(year)}],
    }


def treaty(rng: random.Random, vocab: Vocabulary) -> Record:
    """Two countries signed an agreement in a city on a weekday."""
    first, second = _two(rng, vocab.countries)
    city = rng.choice(CITIES)
    year, month, day = rng.randint(1990, 2030), rng.randint(1, 12), rng.randint(1, 28)
    topic = rng.choice(["energy", "fisheries", "border", "visa", "investment", "space"])
    return {
        "statement": f"{first} and {second} signed a {topic} agreement in {city} on "
        f"{day} {MONTHS[month - 1]} {year}.",
        "modality": "reported",
        "topics": ["diplomacy", topic],
        "keys": ["agreement", topic, first, second],
        "dates": [{"slot": "signed", "date": f"{year}-{month:02d}-{day:02d}"}],
    }


def appointment(rng: random.Random, vocab: Vocabulary) -> Record:
    """A person became chief executive of a company in a month."""
    person, company = rng.choice(vocab.people), rng.choice(vocab.companies)
    year, month = rng.randint(1995, 2030), rng.randint(1, 12)
    return {
        "statement": f"{person} became chief executive of {company} in {MONTHS[month - 1]} {year}.",
        "modality": "reported",
        "topics": ["business", "people"],
        "keys": [person, company],
        "entities": [
            {"name": person, "role": "subject"},
            {"name": company, "role": "employer"},
        ],
        "dates": [{"slot": "appointed", "date": f"{year}-{month:02d}"}],
    }


def summit(rng: random.Random, vocab: Vocabulary) -> Record:
    """An event in a city draws delegations from a number of countries."""
    event, city = rng.choice(EVENTS), rng.choice(CITIES)
    count, year = rng.randint(5, 120), rng.randint(1995, 2030)
    weekday = rng.choice(WEEKDAYS)
    return {
        "statement": f"The {year} {event} in {city}, which opened on a {weekday}, drew "
        f"delegations from {count} countries.",
        "modality": "reported",
        "topics": ["diplomacy", "events"],
        "keys": [event, city],
        "quantities": [{"slot": "delegations", "value": count}],
        "dates": [{"slot": "year", "date": str(year)}],
    }


def pipeline(rng: random.Random, vocab: Vocabulary) -> Record:
    """A company builds a pipeline of some length between two cities."""
    company = rng.choice(vocab.companies)
    first, second = rng.sample(CITIES, 2)
    length, year = rng.randint(80, 4000), rng.randint(2000, 2035)
    return {
        "statement": f"{company} is building a {length}-kilometer pipeline from {first} to "
        f"{second}, due to open in {year}.",
        "modality": "planned",
        "topics": ["energy", "infrastructure"],
        "keys": ["pipeline", company],
        "entities": [{"name": company, "role": "builder"}],
        "quantities": [{"slot": "length", "value": length, "unit": "kilometers"}],
        "dates": [{"slot": "opening", "date": str(year), "cue": ["open", "due"]}],
    }


TEMPLATES: list[Callable[[random.Random, Vocabulary], Record]] = [
    gas_flow,
    trade_value,
    visit,
    ranking,
    contract,
    growth,
    treaty,
    appointment,
    summit,
    pipeline,
]


def header() -> Record:
    """The source line: a synthetic wire service, with the countries' alias table."""
    return {
        "format": 1,
        "source": {"title": "Synthetic wire", "publisher": "factcli benchmarks", "language": "en"},
        "aliases": [
            {"name": name, "kind": "country", "aliases": aliases}
            for name, aliases in COUNTRIES.items()
        ],
    }


def facts(count: int, seed: int = 7) -> Iterator[Record]:
    """`count` synthetic facts, the same for the same seed."""
    rng = random.Random(seed)
    vocab = Vocabulary(rng)
    for number in range(count):
        template = TEMPLATES[number % len(TEMPLATES)]
        record = template(rng, vocab)
        statement = record["statement"]
        yield {
            "id": f"{template.__name__.replace('_', '-')}-{number}",
            "statement": statement,
            "quote": statement,
            "attribution": "article",
            **record,
        }


def write_store(count: int, path: Path, seed: int = 7) -> Path:
    """Write a store of `count` facts to `path` (JSON Lines); return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".partial")
    with temporary.open("w", encoding="utf-8") as stream:
        stream.write(json.dumps(header()) + "\n")
        for record in facts(count, seed):
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    temporary.replace(path)
    return path


def store_path(directory: Path, count: int) -> Path:
    """Where the benchmarks keep the store of `count` facts."""
    label = f"{count // 1_000_000}m" if count % 1_000_000 == 0 else f"{count // 1000}k"
    return directory / f"store-{label}.jsonl"


def main(argv: list[str] | None = None) -> int:
    """Write one store, or one store per size of --sizes into --out."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int)
    parser.add_argument("path", nargs="?", type=Path)
    parser.add_argument("--sizes", help="comma-separated fact counts, written into --out")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "data")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if args.sizes:
        for size in (int(s) for s in args.sizes.split(",")):
            print(write_store(size, store_path(args.out, size), args.seed), file=sys.stderr)
        return 0
    if args.count is None or args.path is None:
        parser.error("give COUNT PATH, or --sizes")
    write_store(args.count, args.path, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())

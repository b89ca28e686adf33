"""Made-up council spend files and co-operative registers, for the demo and the spend benchmarks.

Everything here is invented: the council (Elmbridge Vale Council, the demo's), its suppliers, their company and
society numbers, and every register entry. Nothing is real register data. The output is deterministic (a fixed
seed), so the committed demo files can be checked against it.

- `write_demo(folder)`: the demo's two spend files (financial years 2025-26 and 2026-27 to November, Local
  Government Transparency Code layout) and a Co-operatives UK–layout register (Latin-1). After importing them some
  suppliers match by number, some by exact name, four are fuzzy candidates for review, one (an employee-owned trust
  company) is for the officer to set by hand, and the rest are not on the register.
- `write_council_year(path, lines=100_000, suppliers=6_000)` and `write_register(path, entries=10_000)`: a big
  council year and register for `benchmarks/bench_spend.py` and `bench_portfolio.py`.

Regenerate the demo files: PYTHONPATH=. python -m tests.helpers.spend_data resources/demo
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from coopeval.services.demo import ACCEPTED_SUPPLIER, HAND_SUPPLIER, REGISTER_FILE, SPEND_FILES

COUNCIL = "Elmbridge Vale Council"
BODY = "EVC"
SPEND_HEADER = ("Body Name", "Body", "Payment Date", "Transaction Number", "Net Amount", "Supplier Name",
                "Supplier ID", "Company Registration Number", "Expense Area", "Expense Type")
REGISTER_HEADER = ("CUK Organisation ID", "Registered Number", "Registrar", "Registered Name", "Trading Name",
                   "Legal Form", "Registered Postcode", "UK Nation", "Ownership Classification", "Registered Status",
                   "Incorporation Date", "Dissolved Date")
# The file names and the officer's two decisions are the demo builder's (services/demo.py): the fuzzy candidate
# they accept, the supplier they set by hand.
DEMO_SPEND, DEMO_REGISTER = SPEND_FILES, REGISTER_FILE
DEMO_ACCEPT, DEMO_HAND = ACCEPTED_SUPPLIER, HAND_SUPPLIER
DEMO_WINNER = "Greenways Parks Co-operative Ltd"  # EVC-2025-009's winning bidder (resources/demo/parks-grounds.toml)

AREAS = {
    "Environment": ("Grounds Maintenance", "Tree Works", "Waste Collection", "Fleet Fuel", "Vehicle Repairs"),
    "Adult Social Care": ("Home Care", "Residential Care", "Supported Living", "Day Services"),
    "Children's Services": ("Early Years Provision", "Youth Services", "Transport - Home to School", "Foster Care"),
    "Communities": ("Community Grants", "Transport - Community", "Events", "Catering"),
    "Housing": ("Repairs and Maintenance", "Temporary Accommodation", "Grounds Maintenance"),
    "Corporate Resources": ("ICT Software", "ICT Hardware", "Printing", "Stationery", "Legal Fees", "Insurance",
                            "Consultancy", "Agency Staff", "Cleaning", "Energy"),
    "Highways": ("Highway Maintenance", "Street Lighting", "Drainage", "Plant Hire"),
    "Leisure and Culture": ("Leisure Management Fee", "Catering", "Events", "Building Maintenance"),
}


@dataclass
class Supplier:
    """One made-up supplier and how the council pays it."""

    name: str
    vendor: str
    number: str = ""  # the company or society number the spend file shows, if any
    area: str = "Corporate Resources"
    types: tuple[str, ...] = ("Consultancy",)
    per_year: int = 4  # transactions a year
    pounds: tuple[int, int] = (500, 5_000)  # a line's amount range, whole pounds
    split: int = 1  # at most this many lines per transaction
    credits: int = 0  # credit notes a year
    months: tuple[str, ...] = field(default=())  # "YYYY-MM" of the first and last month paid, () = all


@dataclass(frozen=True)
class Entry:
    """One organisation in the made-up Co-operatives UK register."""

    number: str
    registrar: str
    name: str
    trading: str
    form: str
    postcode: str
    nation: str
    classification: str
    dissolved: str = ""  # ISO date
    incorporated: str = "2012-05-01"


SOCIETY, GUARANTEE, SHARES, CIC = ("Registered Society", "Company Limited by Guarantee", "Company Limited by Shares",
                                   "Community Interest Company")
WORKER, CONSUMER, MULTI, COMMUNITY, PRODUCER = ("Worker co-operative", "Consumer co-operative",
                                                "Multi-stakeholder co-operative", "Community-owned", "Producer co-operative")
EOT = "Employee Ownership Trust"


def demo_suppliers() -> list[Supplier]:
    """The demo council's suppliers, co-operatives first (by number, by name, fuzzy), then the rest."""
    return [
        # on the register by number (the spend file gives the society or company number)
        Supplier(DEMO_WINNER, "V20417", "30544R", "Environment", ("Grounds Maintenance", "Tree Works"), 12,
                 (60_000, 110_000), 2, 1, ("2025-07", "2026-11")),
        Supplier("Riverside Growers Co-operative Ltd", "V20088", "31207R", "Communities", ("Catering",), 6,
                 (400, 2_400), 2),
        Supplier("Brightwork Cleaning Co-operative Ltd", "V10552", "09284417", "Corporate Resources", ("Cleaning",),
                 12, (3_000, 9_000), 1, 1),
        Supplier("Kestrel Home Care Co-operative CIC", "V11876", "11873052", "Adult Social Care", ("Home Care",), 12,
                 (18_000, 42_000), 2),
        Supplier("Calder Vale Community Energy Ltd", "V12093", "32011R", "Corporate Resources", ("Energy",), 4,
                 (2_000, 6_500)),
        Supplier("Harbour Design Partnership Ltd", "V12710", "07731904", "Housing", ("Consultancy",), 3,
                 (4_000, 15_000)),  # on the register as employee-owned (trust): matched, not democratic
        # on the register by exact name (no number in the spend file)
        Supplier("Hillside Wholefoods Co-op", "V13305", "", "Communities", ("Catering",), 6, (150, 900)),
        Supplier("The Bike Kitchen", "V13377", "", "Communities", ("Community Grants", "Events"), 3, (500, 2_500)),
        Supplier("Open Door Print Co-operative Limited", "V10971", "", "Corporate Resources", ("Printing",), 8,
                 (300, 3_800), 2, 1),
        Supplier("Meadowbank Community Pub Ltd", "V14108", "", "Leisure and Culture", ("Events", "Catering"), 2,
                 (250, 1_200)),
        Supplier("Fairshare Taxis Co-op", "V10339", "", "Children's Services", ("Transport - Home to School",), 12,
                 (2_500, 7_000), 1, 1),
        # close to a register name but not the same: fuzzy candidates for review
        Supplier(DEMO_ACCEPT, "V10602", "", "Communities", ("Transport - Community",), 12, (1_800, 4_200)),
        Supplier("Northfield Print Workers", "V14452", "", "Corporate Resources", ("Printing",), 4, (400, 2_200)),
        Supplier("Sunrise Nursery Co-op", "V14670", "", "Children's Services", ("Early Years Provision",), 6,
                 (3_000, 8_000)),
        Supplier("Wheatsheaf Bakers Co-op", "V14781", "", "Leisure and Culture", ("Catering",), 5, (200, 1_100)),
        # an employee-owned trust company, not on the register: the officer sets it by hand
        Supplier(DEMO_HAND, "V10145", "06411872", "Corporate Resources", ("Cleaning", "Building Maintenance"), 12,
                 (5_000, 14_000), 2, 1),
        # everyone else: companies, charities, public bodies, people
        Supplier("Vale Grounds Services Limited", "V10077", "10457733", "Environment", ("Grounds Maintenance",), 4,
                 (45_000, 70_000), 1, 0, ("2025-04", "2025-06")),
        Supplier("Brackenridge Highways Ltd", "V10021", "04418830", "Highways", ("Highway Maintenance", "Drainage"),
                 8, (25_000, 90_000), 2, 1),
        Supplier("Copperfield Office Supplies Ltd", "V10034", "05521187", "Corporate Resources", ("Stationery",), 6,
                 (80, 1_400), 2, 2),
        Supplier("Stonegate Waste Solutions Ltd", "V10042", "03318264", "Environment", ("Waste Collection",), 12,
                 (70_000, 130_000)),
        Supplier("Harlow & Finch Solicitors LLP", "V10058", "OC301922", "Corporate Resources", ("Legal Fees",), 5,
                 (1_500, 12_000)),
        Supplier("Pennant Energy Supply Ltd", "V10063", "06230915", "Corporate Resources", ("Energy",), 12,
                 (9_000, 26_000), 1, 1),
        Supplier("Larkspur Fleet Services Ltd", "V10081", "08810346", "Environment", ("Vehicle Repairs", "Fleet Fuel"),
                 6, (1_000, 11_000), 2),
        Supplier("Meridian Payroll Systems Ltd", "V10095", "04927731", "Corporate Resources", ("ICT Software",), 4,
                 (6_000, 21_000)),
        Supplier("Elmbridge Vale Leisure Trust", "V10103", "", "Leisure and Culture", ("Leisure Management Fee",), 12,
                 (38_000, 52_000)),
        Supplier("Thistledown Care Homes Ltd", "V10117", "07012458", "Adult Social Care", ("Residential Care",), 12,
                 (30_000, 75_000), 1, 1),
        Supplier("Blue Heron IT Services Ltd", "V10126", "09987120", "Corporate Resources",
                 ("ICT Hardware", "ICT Software"), 6, (900, 16_000), 2),
        Supplier("Quarry Lane Builders Ltd", "V10138", "02874455", "Housing", ("Repairs and Maintenance",), 9,
                 (2_000, 28_000), 2),
        Supplier("Sandpiper Catering Ltd", "V10152", "06734129", "Leisure and Culture", ("Catering",), 6,
                 (400, 3_500)),
        Supplier("Elmbridge Vale Housing Partnership", "V10160", "", "Housing", ("Temporary Accommodation",), 12,
                 (6_000, 19_000), 1, 1),
        Supplier("Foxglove Consulting Ltd", "V10171", "10223846", "Corporate Resources", ("Consultancy",), 3,
                 (4_500, 18_000)),
        Supplier("Kingsmead Insurance Services Ltd", "V10183", "03655102", "Corporate Resources", ("Insurance",), 2,
                 (20_000, 60_000)),
        Supplier("Orchard Telecom Ltd", "V10194", "08452276", "Corporate Resources", ("ICT Hardware",), 6,
                 (1_200, 3_600)),
        Supplier("Redwing Security Ltd", "V10208", "07344091", "Corporate Resources", ("Building Maintenance",), 6,
                 (800, 4_800)),
        Supplier("Westbrook Water Services plc", "V10211", "02366719", "Corporate Resources", ("Energy",), 4,
                 (1_500, 5_000)),
        Supplier("Hollybank Supported Living Ltd", "V10229", "09120837", "Adult Social Care", ("Supported Living",),
                 12, (12_000, 30_000)),
        Supplier("Cobalt Software Licensing Ltd", "V10236", "05893360", "Corporate Resources", ("ICT Software",), 2,
                 (8_000, 45_000)),
        Supplier("Marsh Lane Plant Hire Ltd", "V10244", "04402219", "Highways", ("Plant Hire",), 6, (600, 5_200), 1,
                 1),
        Supplier("Tern Valley Bus Company Ltd", "V10257", "03980714", "Children's Services",
                 ("Transport - Home to School",), 6, (7_000, 16_000)),
        Supplier("Sparrowhawk Pest Control", "V10263", "", "Housing", ("Repairs and Maintenance",), 4, (120, 900)),
        Supplier("Juniper Training Ltd", "V10275", "11402983", "Corporate Resources", ("Consultancy",), 4,
                 (700, 3_900)),
        Supplier("Elmbridge Vale Citizens Advice", "V10288", "", "Communities", ("Community Grants",), 4,
                 (9_000, 12_500)),
        Supplier("Wrenfield Youth Trust", "V10290", "", "Children's Services", ("Youth Services",), 4, (3_000, 8_000)),
        Supplier("Bellwether Architects LLP", "V10301", "OC338105", "Housing", ("Consultancy",), 3, (3_500, 22_000)),
        Supplier("Silverbirch Temporary Staffing Ltd", "V10312", "10664019", "Corporate Resources", ("Agency Staff",),
                 6, (4_000, 17_000), 2, 1),
        Supplier("Clearwater Drainage Ltd", "V10326", "06091473", "Highways", ("Drainage",), 5, (900, 7_500)),
        Supplier("Greenfinch Nurseries Ltd", "V10348", "04118862", "Environment", ("Grounds Maintenance",), 4,
                 (300, 2_600)),
        Supplier("Lantern Street Lighting Ltd", "V10355", "07620384", "Highways", ("Street Lighting",), 6,
                 (2_000, 14_000), 2),
        Supplier("Brookside Foster Care Agency Ltd", "V10367", "08270551", "Children's Services", ("Foster Care",),
                 6, (5_000, 11_000)),
        Supplier("Elmbridge Vale Scouts District", "V10372", "", "Communities", ("Community Grants",), 1,
                 (500, 1_500)),
        Supplier("Redacted personal data", "V99999", "", "Adult Social Care", ("Day Services", "Foster Care"), 10,
                 (80, 1_800)),
    ]


def demo_register() -> list[Entry]:
    """The made-up Co-operatives UK register: the demo's co-operative suppliers and many the council never paid."""
    e = Entry
    return [
        e("30544R", "FCA", "Greenways Parks Co-operative Limited", "Greenways", SOCIETY, "EV2 7PL", "England", WORKER,
          incorporated="2009-03-17"),
        e("31207R", "FCA", "Riverside Growers Co-operative Ltd", "", SOCIETY, "EV3 2QS", "England", PRODUCER),
        e("09284417", "Companies House", "Brightwork Cleaning Co-operative Ltd", "Brightwork", GUARANTEE, "EV1 4HT",
          "England", WORKER, incorporated="2014-10-30"),
        e("11873052", "Companies House", "Kestrel Home Care Co-operative CIC", "Kestrel Care", CIC, "EV5 9AB",
          "England", MULTI, incorporated="2019-02-28"),
        e("32011R", "FCA", "Calder Vale Community Energy Ltd", "", SOCIETY, "EV6 1RR", "England", COMMUNITY),
        e("07731904", "Companies House", "Harbour Design Partnership Ltd", "", SHARES, "EV1 8LN", "England", EOT,
          incorporated="2011-08-09"),
        e("32877R", "FCA", "Hillside Wholefoods Co-operative Limited", "", SOCIETY, "EV4 6DD", "England", CONSUMER),
        e("30918R", "FCA", "Elmbridge Bike Kitchen Co-operative Ltd", "Bike Kitchen", SOCIETY, "EV2 3JW", "England",
          MULTI),
        e("08815230", "Companies House", "Open Door Print Co-operative Limited", "", GUARANTEE, "EV1 2XP", "England",
          WORKER),
        e("33104R", "FCA", "Meadowbank Community Pub Limited", "The Meadowbank Arms", SOCIETY, "EV7 5PB", "England",
          COMMUNITY),
        e("10012764", "Companies House", "Fairshare Taxis Co-operative Ltd", "", GUARANTEE, "EV1 1TX", "England",
          WORKER),
        e("29875R", "FCA", "Elmbridge Vale Community Transport Ltd", "", SOCIETY, "EV3 8CT", "England", COMMUNITY),
        e("09555618", "Companies House", "Northfield Printworkers Co-operative Ltd", "", GUARANTEE, "EV8 2NP",
          "England", WORKER),
        e("33560R", "FCA", "Sunrise Nurseries Co-operative Ltd", "", SOCIETY, "EV4 1SN", "England", MULTI),
        e("12240981", "Companies House", "Wheatsheaf Bakery Co-operative Ltd", "", GUARANTEE, "EV6 3WB", "England",
          WORKER),
        # never paid by the demo council
        e("28811R", "FCA", "Old Mill Bakery Co-operative Ltd", "", SOCIETY, "EV9 4OM", "England", WORKER,
          dissolved="2024-06-30", incorporated="2003-01-15"),
        e("SP02417R", "FCA", "Glenmorven Community Shop Ltd", "", SOCIETY, "PH49 4ZZ", "Scotland", COMMUNITY),
        e("NI612903", "Companies House", "Loughside Growers Co-operative Ltd", "", SHARES, "BT92 9ZZ",
          "Northern Ireland", PRODUCER),
        e("30102R", "FCA", "Café Ffynnon Co-operative Cyf", "Café Ffynnon", SOCIETY, "SY23 9ZZ", "Wales", WORKER),
        e("31555R", "FCA", "Crèche Collective Co-operative Ltd", "", SOCIETY, "EX4 9ZZ", "England", MULTI),
        e("SC488120", "Companies House", "Bothy Digital Co-operative Ltd", "", GUARANTEE, "IV2 9ZZ", "Scotland",
          WORKER),
        e("27390R", "FCA", "Three Valleys Housing Co-operative Ltd", "", SOCIETY, "CF44 9ZZ", "Wales", CONSUMER,
          incorporated="1998-11-02"),
        e("26104R", "FCA", "Ashgrove Tenants Co-operative Ltd", "", SOCIETY, "LS6 9ZZ", "England", CONSUMER),
        e("12007315", "Companies House", "Lowland Software Workers Co-operative Ltd", "", GUARANTEE, "M4 9ZZ",
          "England", WORKER),
        e("32290R", "FCA", "Hearth and Home Care Co-operative Ltd", "", SOCIETY, "NE1 9ZZ", "England", MULTI),
        e("29004R", "FCA", "Upland Farmers Co-operative Society Ltd", "", SOCIETY, "LA8 9ZZ", "England", PRODUCER,
          dissolved="2022-03-31"),
        e("33781R", "FCA", "Beacon Hill Community Broadband Ltd", "", SOCIETY, "TR12 9ZZ", "England", COMMUNITY),
        e("10377240", "Companies House", "Tidewater Engineering Ltd", "", SHARES, "PL4 9ZZ", "England", EOT),
        e("08004431", "Companies House", "Keel & Compass Architects Ltd", "", SHARES, "BS1 9ZZ", "England", EOT),
        e("31890R", "FCA", "Saltmarsh Community Land Trust Ltd", "", SOCIETY, "NR23 9ZZ", "England", COMMUNITY),
        e("30677R", "FCA", "Pennine Wholefoods Co-operative Ltd", "", SOCIETY, "HX7 9ZZ", "England", WORKER),
        e("11209874", "Companies House", "Fieldfare Home Support Co-operative CIC", "", CIC, "SK17 9ZZ", "England",
          MULTI),
        e("28330R", "FCA", "Brynteg Community Hall Society Ltd", "", SOCIETY, "LL57 9ZZ", "Wales", COMMUNITY),
        e("33902R", "FCA", "Cairnside Energy Co-operative Ltd", "", SOCIETY, "AB31 9ZZ", "Scotland", COMMUNITY),
        e("09716653", "Companies House", "Signal Box Theatre Co-operative Ltd", "", GUARANTEE, "YO1 9ZZ", "England",
          WORKER),
        e("27755R", "FCA", "Marketgate Consumer Co-operative Society Ltd", "", SOCIETY, "DE4 9ZZ", "England",
          CONSUMER, incorporated="1987-06-20"),
        e("32455R", "FCA", "Orchard Valley Cider Co-operative Ltd", "", SOCIETY, "HR1 9ZZ", "England", PRODUCER),
        e("10893317", "Companies House", "Lanternfish Translation Co-operative Ltd", "", GUARANTEE, "BN1 9ZZ",
          "England", WORKER),
        e("30255R", "FCA", "Kingfisher Credit Co-operative Ltd", "", SOCIETY, "CV1 9ZZ", "England", CONSUMER,
          dissolved="2023-12-01"),
        e("31066R", "FCA", "Harrowdale Community Woodland Ltd", "", SOCIETY, "DL8 9ZZ", "England", COMMUNITY),
        e("12561049", "Companies House", "Skylark Care Workers Co-operative Ltd", "", GUARANTEE, "LE1 9ZZ",
          "England", WORKER),
        e("33318R", "FCA", "Mill Race Community Bakery Ltd", "", SOCIETY, "SA48 9ZZ", "Wales", COMMUNITY),
        e("07456120", "Companies House", "Porthaven Boatbuilders Ltd", "", SHARES, "TR18 9ZZ", "England", EOT),
        e("29688R", "FCA", "Westmarch Housing Co-operative Ltd", "", SOCIETY, "G12 9ZZ", "Scotland", CONSUMER),
        e("32740R", "FCA", "Lark Rise Food Co-operative Ltd", "", SOCIETY, "OX7 9ZZ", "England", CONSUMER),
        e("11765302", "Companies House", "Copper Beech Design Co-operative Ltd", "", GUARANTEE, "L1 9ZZ", "England",
          WORKER),
        e("30811R", "FCA", "Tollbar Community Pub Ltd", "The Tollbar", SOCIETY, "S35 9ZZ", "England", COMMUNITY),
        e("33409R", "FCA", "Ravensdale Farmers Co-operative Ltd", "", SOCIETY, "DG7 9ZZ", "Scotland", PRODUCER),
    ]


# --- writing ----------------------------------------------------------------------------------------------------

def _months(first: dt.date, last: dt.date) -> list[dt.date]:
    out, day = [], first.replace(day=1)
    while day <= last:
        out.append(day)
        day = (day + dt.timedelta(days=32)).replace(day=1)
    return out


def _spend_rows(suppliers: list[Supplier], first: dt.date, last: dt.date, rng: random.Random,
                start_txn: int) -> list[tuple[str, ...]]:
    """Lines for every supplier between `first` and `last`, date order, several lines per transaction sometimes."""
    months = _months(first, last)
    lines: list[tuple[dt.date, int, Supplier, str, int]] = []  # (date, transaction group, supplier, type, pence)
    group = 0
    for s in suppliers:
        span = [m for m in months if not s.months or s.months[0] <= m.strftime("%Y-%m") <= s.months[1]]
        if not span:
            continue
        count = max(1, round(s.per_year * len(span) / 12))
        for n in range(count):
            day = span[n * len(span) // count].replace(day=rng.randint(1, 28))
            parts = rng.randint(1, s.split)
            group += 1
            for part in range(parts):
                lines.append((day, group, s, s.types[part % len(s.types)],
                              rng.randint(s.pounds[0] * 100, s.pounds[1] * 100) // parts))
        for _ in range(round(s.credits * len(span) / 12)):  # a credit note: money back
            group += 1
            lines.append((rng.choice(span).replace(day=rng.randint(1, 28)), group, s, s.types[0],
                          -rng.randint(s.pounds[0] * 10, s.pounds[0] * 60)))
    lines.sort(key=lambda line: (line[0], line[1]))
    numbers: dict[int, int] = {}
    rows = []
    for day, grouped, s, kind, pence in lines:
        txn = numbers.setdefault(grouped, start_txn + len(numbers) + 1)
        amount = f"{'-' if pence < 0 else ''}{abs(pence) // 100}.{abs(pence) % 100:02d}"
        area = s.area if kind in AREAS.get(s.area, ()) else next((a for a, k in AREAS.items() if kind in k), s.area)
        rows.append((COUNCIL, BODY, day.strftime("%d/%m/%Y"), str(txn), amount, s.name, s.vendor, s.number, area,
                     kind))
    return rows


def _write_csv(path: Path, header: tuple[str, ...], rows: list[tuple[str, ...]] | Iterator[tuple[str, ...]],
               encoding: str = "utf-8") -> None:
    with path.open("w", encoding=encoding, newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)


def _register_row(n: int, e: Entry) -> tuple[str, ...]:
    return (f"CUK{n:06d}", e.number, e.registrar, e.name, e.trading, e.form, e.postcode, e.nation, e.classification,
            "Dissolved" if e.dissolved else "Active", _uk(e.incorporated), _uk(e.dissolved) if e.dissolved else "")


def _uk(iso: str) -> str:
    return dt.date.fromisoformat(iso).strftime("%d/%m/%Y")


def write_demo(folder: Path) -> list[Path]:
    """The demo's spend files and register in `folder`; returns their paths."""
    rng = random.Random(20)
    suppliers = demo_suppliers()
    first = _spend_rows(suppliers, dt.date(2025, 4, 1), dt.date(2026, 3, 31), rng, 5_100_000)
    second = _spend_rows(suppliers, dt.date(2026, 4, 1), dt.date(2026, 11, 30), rng, 5_200_000)
    paths = [folder / DEMO_SPEND[0], folder / DEMO_SPEND[1], folder / DEMO_REGISTER]
    _write_csv(paths[0], SPEND_HEADER, first)
    _write_csv(paths[1], SPEND_HEADER, second)
    _write_csv(paths[2], REGISTER_HEADER, [_register_row(101 + 7 * n, e) for n, e in enumerate(demo_register())],
               encoding="latin-1")
    return paths


# --- the big council year for the benchmarks -----------------------------------------------------------------------

_FIRST = ("Abbey", "Acorn", "Alder", "Amber", "Anchor", "Apex", "Arden", "Ash", "Aspen", "Atlas", "Avon", "Badger",
          "Beacon", "Beech", "Birch", "Blackthorn", "Bluebell", "Bramble", "Bridge", "Brook", "Calder", "Castle",
          "Cedar", "Chalk", "Cherry", "Clover", "Coastal", "Compass", "Copper", "Crown", "Dale", "Dove", "Elm",
          "Falcon", "Fern", "Forge", "Fox", "Garnet", "Granite", "Harbour", "Hawthorn", "Hazel", "Heather", "Heron",
          "Holly", "Ivy", "Juniper", "Kestrel", "Lark", "Laurel", "Linden", "Maple", "Marsh", "Meadow", "Mill",
          "Moor", "Oak", "Orchard", "Osprey", "Otter", "Pebble", "Pine", "Quarry", "Raven", "Ridge", "River",
          "Rowan", "Saffron", "Sage", "Slate", "Sorrel", "Spring", "Stone", "Summit", "Swan", "Thistle", "Tide",
          "Valley", "Willow", "Wren", "Yew")
_SECOND = ("Fields", "Gate", "Hill", "Lane", "Park", "Side", "Vale", "Way", "Wood", "Bank", "Brook", "Cross", "Dene",
           "Ford", "Green", "Head", "Mead", "Point", "Row", "Well")
_TRADES = ("Building Services", "Care", "Catering", "Cleaning", "Consulting", "Construction", "Couriers", "Design",
           "Electrical", "Engineering", "Facilities", "Fencing", "Foods", "Furniture", "Grounds", "Heating",
           "Home Care", "IT Services", "Joinery", "Landscapes", "Legal", "Logistics", "Nurseries", "Plant Hire",
           "Plumbing", "Print", "Recruitment", "Roofing", "Scaffolding", "Security", "Software", "Supplies",
           "Surveying", "Taxis", "Training", "Transport", "Waste", "Windows")
# What the register's other co-operatives do: mostly not what the council buys, so few of them look like suppliers.
_COOP_TRADES = ("Allotments", "Arts", "Bookshop", "Brewery", "Broadband", "Childcare", "Community Pub",
                "Community Shop", "Credit Union", "Energy", "Farmers", "Football Club", "Growers", "Housing",
                "Land Trust", "Music", "Tenants", "Theatre", "Wholefoods", "Woodland")
_FORMS = ("Ltd", "Limited", "Ltd", "Ltd", "LLP", "plc", "CIC", "")
_COOP_FORMS = ("Co-operative Ltd", "Co-op", "Co-operative Limited", "Workers Co-operative", "Cooperative Ltd")
_CLASSES = (WORKER, CONSUMER, MULTI, COMMUNITY, PRODUCER, EOT)


def big_names(count: int, coops: int, seed: int = 7, trades: tuple[str, ...] = _TRADES) -> list[tuple[str, str, bool]]:
    """`count` distinct names with a company number for most: (name, number, is a co-operative)."""
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[tuple[str, str, bool]] = []
    while len(out) < count:
        coop = len(out) < coops
        base = f"{rng.choice(_FIRST)}{rng.choice(_SECOND).lower() if rng.random() < 0.5 else ''} {rng.choice(trades)}"
        if rng.random() < 0.3:
            base = f"{rng.choice(_FIRST)} {base}"
        name = f"{base} {rng.choice(_COOP_FORMS if coop else _FORMS)}".strip()
        if name.casefold() in seen:
            continue
        seen.add(name.casefold())
        number = (f"{rng.randint(20000, 34999)}R" if coop and rng.random() < 0.5
                  else f"{rng.randint(1_000_000, 14_999_999):08d}") if rng.random() < 0.7 else ""
        out.append((name, number, coop))
    rng.shuffle(out)
    return out


def write_council_year(path: Path, *, lines: int = 100_000, suppliers: int = 6_000, coops: int = 300,
                       year: int = 2026, seed: int = 11) -> list[tuple[str, str, bool]]:
    """A council's year of spend: `lines` lines over `suppliers` suppliers (a few large ones paid often, most a few
    times), some transactions of several lines, about 1% credits, a few identical repeated lines. Returns the
    supplier names used (for the register)."""
    rng = random.Random(seed)
    names = big_names(suppliers, coops)
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(names))]  # Zipf-like: most lines go to a few suppliers
    areas = list(AREAS.items())
    first = dt.date(year, 4, 1)
    picks = rng.choices(range(len(names)), weights=weights, k=lines)
    rows: list[tuple[str, ...]] = []
    txn = 7_000_000
    index = 0
    while len(rows) < lines:
        who = picks[index % len(picks)]
        index += 1
        name, number, _ = names[who]
        area, kinds = areas[who % len(areas)]
        day = first + dt.timedelta(days=rng.randrange(365))
        txn += 1
        for _ in range(min(rng.choice((1, 1, 1, 2, 3)), lines - len(rows))):
            pence = int(rng.lognormvariate(11, 1.6)) + 100
            if rng.random() < 0.01:
                pence = -pence
            amount = f"{'-' if pence < 0 else ''}{abs(pence) // 100}.{abs(pence) % 100:02d}"
            row = (COUNCIL, BODY, day.strftime("%d/%m/%Y"), str(txn), amount, name, f"V{who:06d}", number, area,
                   rng.choice(kinds))
            rows.append(row)
            if rng.random() < 0.002 and len(rows) < lines:  # the same payment twice
                rows.append(row)
    _write_csv(path, SPEND_HEADER, rows)
    return names


def write_register(path: Path, *, entries: int = 10_000, suppliers: list[tuple[str, str, bool]] = (),
                   seed: int = 13) -> None:
    """A Co-operatives UK–layout register (Latin-1) of `entries` organisations: the co-operative suppliers given
    (about half with their number, half by name only or spelled a little differently) and invented others."""
    rng = random.Random(seed)
    rows: list[tuple[str, ...]] = []
    for name, number, coop in suppliers:
        if not coop or len(rows) >= entries:
            continue
        written = name if rng.random() < 0.8 else name.replace("Co-operative", "Cooperative").replace(" Ltd", "")
        rows.append(_register_row(len(rows) + 1, Entry(number or f"{rng.randint(20000, 34999)}R",
                                                        "FCA" if number.endswith("R") or not number else
                                                        "Companies House", written, "", SOCIETY, "EV1 1AA",
                                                        "England", rng.choice(_CLASSES))))
    others = big_names(entries * 2, entries * 2, seed=seed, trades=_COOP_TRADES)
    for name, number, _ in others:
        if len(rows) >= entries:
            break
        dissolved = "2021-09-30" if rng.random() < 0.08 else ""
        rows.append(_register_row(len(rows) + 1, Entry(number or f"{rng.randint(20000, 34999)}R",
                                                        "FCA" if number.endswith("R") or not number else
                                                        "Companies House", name, "", SOCIETY,
                                                        "ZZ9 9ZZ", rng.choice(("England", "Wales", "Scotland")),
                                                        rng.choice(_CLASSES), dissolved)))
    _write_csv(path, REGISTER_HEADER, rows, encoding="latin-1")


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("resources/demo")
    for written in write_demo(target):
        print(written, sum(1 for _ in written.open(encoding="latin-1")) - 1, "rows")

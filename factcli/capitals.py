"""National capitals and the country each is the capital of, for the verdict and the
drafter alike: a capital a store does not name stands for its country, as the stores' own
"Moscow" stands for Russia ("Xi flew in from Astana" is a trip from Kazakhstan). Only
capitals: another city is a place of its own."""

from __future__ import annotations

CAPITALS: dict[str, str] = {
    "Abu Dhabi": "United Arab Emirates", "Abuja": "Nigeria", "Accra": "Ghana",
    "Addis Ababa": "Ethiopia", "Algiers": "Algeria", "Amman": "Jordan",
    "Amsterdam": "Netherlands", "Ankara": "Turkey", "Antananarivo": "Madagascar",
    "Astana": "Kazakhstan", "Nur-Sultan": "Kazakhstan", "Athens": "Greece",
    "Baghdad": "Iraq", "Baku": "Azerbaijan", "Bamako": "Mali", "Bangkok": "Thailand",
    "Beijing": "China", "Beirut": "Lebanon", "Belgrade": "Serbia", "Berlin": "Germany",
    "Bern": "Switzerland", "Bishkek": "Kyrgyzstan", "Bogotá": "Colombia", "Bogota": "Colombia",
    "Brasília": "Brazil", "Brasilia": "Brazil", "Bratislava": "Slovakia", "Brussels": "Belgium",
    "Bucharest": "Romania", "Budapest": "Hungary", "Buenos Aires": "Argentina",
    "Cairo": "Egypt", "Canberra": "Australia", "Caracas": "Venezuela",
    "Chisinau": "Moldova", "Copenhagen": "Denmark", "Dakar": "Senegal",
    "Damascus": "Syria", "Dhaka": "Bangladesh", "Doha": "Qatar", "Dublin": "Ireland",
    "Dushanbe": "Tajikistan", "Guatemala City": "Guatemala", "Hanoi": "Vietnam",
    "Harare": "Zimbabwe", "Havana": "Cuba", "Helsinki": "Finland",
    "Islamabad": "Pakistan", "Jakarta": "Indonesia", "Kabul": "Afghanistan",
    "Kathmandu": "Nepal", "Khartoum": "Sudan", "Kyiv": "Ukraine", "Kiev": "Ukraine",
    "Kinshasa": "Democratic Republic of the Congo", "Kuala Lumpur": "Malaysia",
    "Kuwait City": "Kuwait", "Lima": "Peru", "Lisbon": "Portugal", "Ljubljana": "Slovenia",
    "London": "United Kingdom", "Luanda": "Angola", "Madrid": "Spain",
    "Manila": "Philippines", "Mexico City": "Mexico", "Minsk": "Belarus",
    "Moscow": "Russia", "Muscat": "Oman", "Nairobi": "Kenya", "Naypyidaw": "Myanmar",
    "New Delhi": "India", "Oslo": "Norway", "Ottawa": "Canada", "Panama City": "Panama",
    "Paris": "France", "Phnom Penh": "Cambodia", "Prague": "Czech Republic",
    "Pyongyang": "North Korea", "Quito": "Ecuador", "Rabat": "Morocco", "Riga": "Latvia",
    "Riyadh": "Saudi Arabia", "Rome": "Italy", "Santiago": "Chile",
    "Sarajevo": "Bosnia and Herzegovina", "Seoul": "South Korea", "Skopje": "North Macedonia",
    "Sofia": "Bulgaria", "Stockholm": "Sweden", "Taipei": "Taiwan", "Tallinn": "Estonia",
    "Tashkent": "Uzbekistan", "Tbilisi": "Georgia", "Tehran": "Iran", "Tokyo": "Japan",
    "Tripoli": "Libya", "Tunis": "Tunisia", "Ulaanbaatar": "Mongolia", "Vienna": "Austria",
    "Vilnius": "Lithuania", "Warsaw": "Poland", "Washington": "United States",
    "Washington, D.C.": "United States", "Wellington": "New Zealand", "Yerevan": "Armenia",
    "Zagreb": "Croatia", "Jerusalem": "Israel", "Pretoria": "South Africa",
    "Sanaa": "Yemen", "Colombo": "Sri Lanka",
}  # fmt: skip

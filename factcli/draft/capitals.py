"""Capitals that news reports use for their countries' governments ("Beijing said")."""

from __future__ import annotations

CAPITALS = {
    "Abu Dhabi": "United Arab Emirates", "Abuja": "Nigeria", "Accra": "Ghana",
    "Addis Ababa": "Ethiopia", "Algiers": "Algeria", "Amman": "Jordan", "Ankara": "Turkey",
    "Athens": "Greece", "Baghdad": "Iraq", "Baku": "Azerbaijan", "Bamako": "Mali",
    "Bangkok": "Thailand", "Beijing": "China", "Beirut": "Lebanon", "Belgrade": "Serbia",
    "Berlin": "Germany", "Bern": "Switzerland", "Bogota": "Colombia", "Brasilia": "Brazil",
    "Brussels": "Belgium", "Bucharest": "Romania", "Budapest": "Hungary",
    "Buenos Aires": "Argentina", "Cairo": "Egypt", "Canberra": "Australia",
    "Caracas": "Venezuela", "Copenhagen": "Denmark", "Damascus": "Syria", "Dhaka": "Bangladesh",
    "Doha": "Qatar", "Dublin": "Ireland", "Hanoi": "Vietnam", "Havana": "Cuba",
    "Helsinki": "Finland", "Islamabad": "Pakistan", "Jakarta": "Indonesia",
    "Jerusalem": "Israel", "Kabul": "Afghanistan", "Khartoum": "Sudan", "Kiev": "Ukraine",
    "Kyiv": "Ukraine", "Kinshasa": "Democratic Republic of the Congo",
    "Kuala Lumpur": "Malaysia", "Lima": "Peru", "Lisbon": "Portugal", "London": "United Kingdom",
    "Madrid": "Spain", "Manila": "Philippines", "Mexico City": "Mexico", "Minsk": "Belarus",
    "Moscow": "Russia", "Nairobi": "Kenya", "New Delhi": "India", "Oslo": "Norway",
    "Ottawa": "Canada", "Paris": "France", "Pretoria": "South Africa", "Pyongyang": "North Korea",
    "Rabat": "Morocco", "Riyadh": "Saudi Arabia", "Rome": "Italy", "Sanaa": "Yemen",
    "Santiago": "Chile", "Seoul": "South Korea", "Stockholm": "Sweden", "Taipei": "Taiwan",
    "Tallinn": "Estonia", "Tashkent": "Uzbekistan", "Tbilisi": "Georgia", "Tehran": "Iran",
    "Tokyo": "Japan", "Tripoli": "Libya", "Tunis": "Tunisia", "Vienna": "Austria",
    "Vilnius": "Lithuania", "Warsaw": "Poland", "Washington": "United States",
    "Wellington": "New Zealand", "Yerevan": "Armenia", "Astana": "Kazakhstan",
    "Ulaanbaatar": "Mongolia", "Naypyidaw": "Myanmar", "Kathmandu": "Nepal",
    "Colombo": "Sri Lanka", "Riga": "Latvia", "Prague": "Czech Republic", "Sofia": "Bulgaria",
    "Zagreb": "Croatia", "Amsterdam": "Netherlands",
}  # fmt: skip

# Seats of government that reports use for their governments ("the Kremlin said").
GOVERNMENT_SEATS = {
    "Kremlin": "Russia", "the Kremlin": "Russia", "White House": "United States",
    "the White House": "United States", "Downing Street": "United Kingdom",
    "Elysee": "France", "Élysée": "France", "the Elysee": "France", "Zhongnanhai": "China",
    "Blue House": "South Korea", "the Blue House": "South Korea",
}  # fmt: skip

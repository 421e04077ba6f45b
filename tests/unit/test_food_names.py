"""Short everyday names made from USDA descriptions (the rule in nutrition/food_names.py)."""

from __future__ import annotations

import pytest

from nutrivoice_desktop.nutrition.food_names import name_from_description, short_name, short_names


@pytest.mark.parametrize("description, name", [
    ("Pizza, cheese, from restaurant or fast food, medium crust", "Cheese pizza"),  # the kind goes first
    ("Rice, brown, long-grain, cooked", "Brown rice"),
    ("Pumpkin, cooked, boiled, drained, with salt", "Pumpkin"),  # stops at the first detail
    ("Beverages, tea, green, ready-to-drink, diet", "Green tea"),  # a food group is skipped
    ("McDONALD'S, Hamburger", "Hamburger"),  # so is a brand
    ("DIGIORNO Pizza, cheese topping, cheese stuffed crust, frozen, baked", "Cheese topping pizza"),
    ("Graham crackers (Teddy Grahams)", "Graham crackers"),
    ("Beef, brisket, whole, separable lean and fat, trimmed to 1/8\" fat, all grades, cooked, braised",
     "Beef, brisket"),  # a cut stays after its meat
    ("Egg, white, raw, fresh", "Egg, white"),
    ("Salad dressing, ranch dressing, fat-free", "Ranch dressing"),  # the kind names the food already
    ("Turkey with gravy, dressing, potatoes, vegetable, frozen meal", "Turkey with gravy"),  # a dish's name
    ("Milk, dry, nonfat, instant, without added vitamin A and vitamin D", "Dry milk"),  # another food, not a detail
    ("Corned beef hash", "Corned beef hash"),
])
def test_a_description_becomes_an_everyday_name(description, name):
    assert name_from_description(description) == name


def test_curated_foods_keep_their_own_names_and_alike_names_are_told_apart(tool_context):
    foods = tool_context.foods
    assert short_name(foods.get("fdc:173944")) == "Banana"  # curated: data_sources/aliases
    regular, thin = foods.get("fdc:170317"), foods.get("fdc:170373")  # two frozen cheese pizzas
    assert short_names([regular, thin]) == ["Cheese topping pizza (regular crust)", "Cheese topping pizza (thin crust)"]
    assert short_names([regular]) == ["Cheese topping pizza"]

from starwars import starWars

starWars()

// Seed 003 (Socket通信), "收看星球大战字符动画": watching Star Wars in ASCII on the board. The
// client lives in its own module, which the main module imports and calls, as the lab asks.
import { starWars } from "./starwars";

starWars();

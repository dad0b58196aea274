// Timers and async functions, like a board's blink-and-poll loop.
async function sleep(ms: number): Promise<void> {
  await new Promise<void>((resolve) => setTimeout(resolve, ms));
}

async function blink(times: number): Promise<number> {
  let toggles = 0;
  for (let i = 0; i < times; i++) {
    await sleep(1);
    toggles++;
  }
  return toggles;
}

async function main(): Promise<void> {
  const [a, b] = await Promise.all([blink(3), blink(2)]);
  console.log("toggled", a + b);
}

main();

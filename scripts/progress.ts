/** A one-line progress bar on a terminal, plain lines elsewhere (CI logs). */
export function progressBar(label: string, total: number) {
  const tty = process.stdout.isTTY;
  const started = performance.now();
  let lastLine = 0;

  function render(done: number) {
    const share = total === 0 ? 1 : Math.min(1, done / total);
    const width = 30;
    const filled = Math.round(share * width);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    return `${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${seconds}s`;
  }

  return {
    update(done: number) {
      if (tty) {
        process.stdout.write(`\r${render(done)}`);
      } else if (performance.now() - lastLine > 2000 || done === total) {
        lastLine = performance.now();
        console.log(render(done));
      }
    },
    finish() {
      if (tty) process.stdout.write(`\r${render(total)}\n`);
    },
  };
}

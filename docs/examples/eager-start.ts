export async function main(): Promise<string[]> {
  const lines: string[] = [];

  const task = async (): Promise<void> => {
    lines.push('task: runs at once, up to its first await');
    await Promise.resolve();
    lines.push('task: resumes after the caller gave up control');
  };

  const running = task(); // no create_task(): calling an async function starts it
  lines.push('caller: continues once the task reached its await');
  await running;
  return lines;
}

export async function main(argv: string[]): Promise<number> {
  console.log('hallflow', argv.join(' '));
  return 0;
}

/** `text` safe inside HTML text and double-quoted attribute values: learner output may contain `<`, `&` or quotes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

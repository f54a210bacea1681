/** How a lead is named in the table and in messages: its name, else its address, else its number. */
export function leadLabel(lead: { id: number; first_name: string | null; last_name: string | null; email: string | null }): string {
  const name = [lead.first_name, lead.last_name].filter((part) => part && part.trim()).join(' ');
  return name || lead.email || `#${lead.id}`;
}

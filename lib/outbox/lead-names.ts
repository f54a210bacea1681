// The API makes first_name and last_name required (400 without them): a lead is never sent without both.

const blank = (text: string | null | undefined) => !text?.trim();

export function missingNames(draft: { first_name?: string | null; last_name?: string | null }): boolean {
  return blank(draft.first_name) || blank(draft.last_name);
}

// Rows for bulk jobs: distinct, deterministic, and valid for their kind.

const FIRST = ['Ada', 'Alan', 'Grace', 'Linus', 'Margaret', 'Dennis', 'Barbara', 'Ken', 'Frances', 'Edsger', 'Radia', 'Tim', 'Sophie', 'John', 'Karen', 'Donald', 'Hedy', 'Claude', 'Katherine', 'Niklaus', 'Shafi', 'Leslie', 'Joan', 'Vint', 'Anita', 'Bjarne', 'Jean', 'Guido', 'Mary', 'Yukihiro', 'Lynn', 'James', 'Evelyn', 'Brian', 'Annie', 'Robin', 'Carol', 'Peter', 'Susan', 'Hal'];
const LAST = ['Lovelace', 'Turing', 'Hopper', 'Torvalds', 'Hamilton', 'Ritchie', 'Liskov', 'Thompson', 'Allen', 'Dijkstra', 'Perlman', 'Berners', 'Wilson', 'Backus', 'Jones', 'Knuth', 'Lamarr', 'Shannon', 'Johnson', 'Wirth', 'Goldwasser', 'Lamport', 'Clarke', 'Cerf', 'Borg'];

export function domainRows(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `company${i}.com`);
}

/** "First Last" at asana.com: up to 1,000 distinct names. */
export function nameRows(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]},asana.com`);
}

/** Spread over 8 domains, so no domain nears the verifier's 200 a day. */
export function addressRows(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `person${i}@firm${i % 8}.com`);
}

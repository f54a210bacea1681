/**
 * What `answer` settles to within `ms`, else null: a first render waits that long for an answer already asked,
 * then draws its placeholder instead (the popup's copy of a cached answer, the card's answer).
 */
export function answerWithin<T>(answer: Promise<T>, ms: number): Promise<T | null> {
  return Promise.race([answer, new Promise<null>((done) => setTimeout(() => done(null), ms))]);
}

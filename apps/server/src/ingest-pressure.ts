// Webhooks being answered right now. The inbox worker gives way while they queue up: the acknowledgement is what a
// provider waits for (and resends when it is slow), while applying can catch up seconds later from the stored inbox.
export interface IngestPressure {
  inFlight: number;
}

/** More webhooks in flight than this means they are queueing for the CPU or the database. */
const QUEUEING = 64;

export const ingestPressure = (): IngestPressure => ({ inFlight: 0 });

export const ingestQueueing = (pressure: IngestPressure | undefined): boolean => (pressure?.inFlight ?? 0) > QUEUEING;

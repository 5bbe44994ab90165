// How long a reserved item waits for payment. Read by the reservation itself (its expiry) and by
// everything that tells the buyer (the Buy sheet, the reply note, the waitlist offer in the inbox),
// so it is a plain constant with no server-only imports.
export const RESERVATION_MINUTES = 15;

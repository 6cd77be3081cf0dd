export const disputeWords = {
  stage: {
    inquiry: "Inquiry",
    chargeback: "Chargeback",
    pre_arbitration: "Pre-arbitration",
    arbitration: "Arbitration",
  },
  status: {
    needs_response: "Needs response",
    under_review: "Under review",
    won: "Won",
    lost: "Lost",
    accepted: "Accepted",
    cancelled: "Cancelled",
  },
  category: {
    fraud: "Fraud",
    authorisation: "Authorisation",
    processing_error: "Processing error",
    consumer_dispute: "Consumer dispute",
  },
  unknownReason: "Unknown reason",
  noDeadline: "No deadline",
  closed: "Closed",
  overdue: "Overdue by {{days}} d",
  dueToday: "Due today",
  left: "{{days}} d left",
};

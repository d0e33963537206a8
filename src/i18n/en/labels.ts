/** How codes read in running text and tables; JSON keeps the codes themselves. */
export const labels = {
  reviewState: { overdue: "overdue", "due-soon": "due soon", scheduled: "scheduled" },
  commitmentStatus: {
    "not-started": "not started",
    "in-progress": "in progress",
    done: "done",
    stalled: "stalled",
    dropped: "dropped",
  },
  agreementStatus: {
    draft: "draft",
    active: "active",
    suspended: "suspended",
    expired: "expired",
    terminated: "terminated",
  },
  kind: {
    mou: "memorandum of understanding",
    "cooperation-programme": "cooperation programme",
    project: "project",
    partnership: "partnership",
  },
  partyType: {
    province: "province",
    city: "centrally-run city",
    agency: "agency",
    organisation: "organisation",
    "foreign-agency": "foreign agency",
  },
};

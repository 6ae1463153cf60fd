-- The office's queue: one ticket per case, the number as on the resident's slip, where it
-- waits and how its calls went (app/queue/Ticket.h). Pushed events move it along; calls
-- change it under the same write lock as pushes, so two counters never call one number.
CREATE TABLE central_queue (
    case_id TEXT PRIMARY KEY,
    number INTEGER NOT NULL,
    procedure TEXT NOT NULL,
    stage TEXT NOT NULL,
    counter TEXT NOT NULL,
    priority INTEGER NOT NULL,
    status TEXT NOT NULL,
    waiting_since TEXT NOT NULL,
    arrived_at TEXT NOT NULL,
    calls INTEGER NOT NULL,
    called_at TEXT NOT NULL,
    called_counter TEXT NOT NULL,
    called_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- The line a counter calls from (today's waiting numbers of a stage), and today's numbers.
CREATE INDEX central_queue_line ON central_queue (status, stage, arrived_at);
CREATE INDEX central_queue_arrived ON central_queue (arrived_at);
-- The pace of each line: the calls of the last hour (number_called events).
CREATE INDEX central_events_kind_time ON central_events (kind, occurred_at);

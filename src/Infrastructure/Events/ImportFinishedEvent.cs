using AdaptiveLearning.Application.Events;
using AdaptiveLearning.Application.Events.Payloads;
using AdaptiveLearning.Application.Imports;

namespace AdaptiveLearning.Infrastructure.Events;

/// <summary>import.finished: the outcome and counts, shown in the stream of whoever started it.</summary>
internal static class ImportFinishedEvent
{
    public static OutboxEvent Of(Guid importId, Guid startedBy, ImportJobStatus status, ImportReport? report, string? error, DateTimeOffset at) =>
        OutboxInsert.Event(EventTypes.ImportFinished, EventAggregates.Import(importId), startedBy, at,
            new ImportFinishedData(importId, startedBy, status, report?.DryRun, report?.Total, report?.Published, error));
}

using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Exports;

internal static class ExportVisibility
{
    /// <summary>Someone else's export answers 404 like a missing one, so its id reveals nothing.</summary>
    public static async Task<ExportJob> VisibleAsync(this IExportJobs exports, Guid id, Guid? visibleTo, CancellationToken ct)
    {
        var job = await exports.GetAsync(id, ct);
        if (job is null || (visibleTo is not null && job.Owner != visibleTo))
            throw new ProblemException(Problems.NotFound, "No export has this id.");
        return job;
    }
}

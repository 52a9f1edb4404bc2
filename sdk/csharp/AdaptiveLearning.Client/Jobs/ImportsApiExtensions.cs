using AdaptiveLearning.Client.Models;
using AdaptiveLearning.Client.Resources.Imports;

namespace AdaptiveLearning.Client;

/// <summary>Conveniences over <see cref="IImportsApi"/>.</summary>
public static class ImportsApiExtensions
{
    /// <summary>Polls an import job until it has finished, successfully or not, and returns it with its report.</summary>
    /// <param name="imports">The imports area, such as <c>client.Imports</c>.</param>
    /// <param name="id">The job id returned by <see cref="IImportsApi.StartImportAsync"/>.</param>
    /// <param name="polling">Interval and overall timeout; null for one second and ten minutes.</param>
    /// <param name="cancellationToken">Stops waiting (the job keeps running on the server).</param>
    /// <returns>The finished job: check its status and <c>Error</c>; a failed import is a result, not an exception.</returns>
    /// <exception cref="AdaptiveLearningApiException"><see cref="ErrorCodes.Timeout"/> when it is still running after <see cref="JobPolling.Timeout"/>; 404 <c>not_found</c>.</exception>
    /// <example><code>
    /// var job = await client.Imports.StartImportAsync(request);
    /// var done = await client.Imports.WaitForCompletionAsync(job.Id, new JobPolling { Interval = TimeSpan.FromMilliseconds(250) });
    /// </code></example>
    public static Task<ImportJobView> WaitForCompletionAsync(this IImportsApi imports, Guid id, JobPolling? polling = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(imports);
        return JobWaiter.WaitAsync(ct => imports.GetImportAsync(id, ct), job => job.FinishedAt is not null, "import job", polling, cancellationToken);
    }

    /// <summary>Every import job matching <paramref name="filter"/>, newest first, fetched a page at a time as the loop asks for more.</summary>
    /// <param name="imports">The imports area, such as <c>client.Imports</c>.</param>
    /// <param name="filter">State, time range and (admins) author; null for all of mine.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The jobs, for <c>await foreach</c>.</returns>
    /// <example><code>
    /// await foreach (var job in client.Imports.ListAllAsync(new ImportFilter { State = ImportJobStatus.Failed }))
    ///     Console.WriteLine($"{job.CreatedAt}: {job.Error}");
    /// </code></example>
    public static IAsyncEnumerable<ImportJobView> ListAllAsync(this IImportsApi imports, ImportFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(imports);
        var f = filter ?? new ImportFilter();
        return CursorPager.ReadAllAsync<ImportJobView>(async (cursor, ct) =>
        {
            var page = await imports.ListImportsAsync(f.State, f.From, f.To, f.Author, cursor, f.PageSize, ct).ConfigureAwait(false);
            return (page.Items, page.NextCursor);
        }, cancellationToken);
    }
}

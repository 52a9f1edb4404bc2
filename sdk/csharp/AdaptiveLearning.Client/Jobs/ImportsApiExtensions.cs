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
}

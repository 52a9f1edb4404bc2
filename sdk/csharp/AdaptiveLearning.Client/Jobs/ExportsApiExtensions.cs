using AdaptiveLearning.Client.Models;
using AdaptiveLearning.Client.Resources.Exports;

namespace AdaptiveLearning.Client;

/// <summary>Conveniences over <see cref="IExportsApi"/>.</summary>
public static class ExportsApiExtensions
{
    /// <summary>Polls an export job until it has finished, successfully or not, and returns it.</summary>
    /// <param name="exports">The exports area, such as <c>client.Exports</c>.</param>
    /// <param name="id">The job id returned by <see cref="IExportsApi.StartExportAsync"/>.</param>
    /// <param name="polling">Interval and overall timeout; null for one second and ten minutes.</param>
    /// <param name="cancellationToken">Stops waiting (the job keeps running on the server).</param>
    /// <returns>The finished job: check its status, <c>ErrorCode</c> and <c>Error</c>.</returns>
    /// <exception cref="AdaptiveLearningApiException"><see cref="ErrorCodes.Timeout"/> when it is still running after <see cref="JobPolling.Timeout"/>; 404 <c>not_found</c>.</exception>
    public static Task<ExportJobView> WaitForCompletionAsync(this IExportsApi exports, Guid id, JobPolling? polling = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exports);
        return JobWaiter.WaitAsync(ct => exports.GetExportAsync(id, ct), job => job.FinishedAt is not null, "export job", polling, cancellationToken);
    }

    /// <summary>Waits for an export job and copies its zip into <paramref name="destination"/> once it has succeeded.</summary>
    /// <param name="exports">The exports area, such as <c>client.Exports</c>.</param>
    /// <param name="id">The job id returned by <see cref="IExportsApi.StartExportAsync"/>.</param>
    /// <param name="destination">Where the zip goes, such as a <see cref="FileStream"/>; left open.</param>
    /// <param name="polling">Interval and overall timeout; null for one second and ten minutes.</param>
    /// <param name="cancellationToken">Stops waiting or downloading (the job keeps running on the server).</param>
    /// <returns>The finished job; nothing is written unless its status is succeeded.</returns>
    /// <exception cref="AdaptiveLearningApiException"><see cref="ErrorCodes.Timeout"/>; 404 <see cref="ErrorCodes.ExportExpired"/>, 404 <c>not_found</c>.</exception>
    /// <example><code>
    /// var job = await client.Exports.StartExportAsync(new StartExportRequest { Node = "math__algebra" });
    /// await using var file = File.Create("algebra.zip");
    /// var done = await client.Exports.DownloadWhenReadyAsync(job.Id, file);
    /// </code></example>
    public static async Task<ExportJobView> DownloadWhenReadyAsync(this IExportsApi exports, Guid id, Stream destination, JobPolling? polling = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var job = await exports.WaitForCompletionAsync(id, polling, cancellationToken).ConfigureAwait(false);
        if (job.Status != ExportJobStatus.Succeeded)
            return job;
        var zip = await exports.GetExportFileAsync(id, cancellationToken).ConfigureAwait(false);
        await using (zip.ConfigureAwait(false))
            await zip.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
        return job;
    }
}

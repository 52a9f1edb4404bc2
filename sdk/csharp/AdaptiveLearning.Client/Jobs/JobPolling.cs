namespace AdaptiveLearning.Client;

/// <summary>How <c>WaitForCompletionAsync</c> polls a background job.</summary>
public sealed record JobPolling
{
    /// <summary>The wait between two polls. Default: one second.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long to wait in all before failing with <see cref="ErrorCodes.Timeout"/>; the job keeps running on the server. Default: ten minutes.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The clock the waits use. Default: <see cref="System.TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}

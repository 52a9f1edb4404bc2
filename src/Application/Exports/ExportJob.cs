namespace AdaptiveLearning.Application.Exports;

/// <summary>An export job with the user who started it, who (with admins) alone may see it.</summary>
public sealed record ExportJob(ExportJobView View, Guid Owner);

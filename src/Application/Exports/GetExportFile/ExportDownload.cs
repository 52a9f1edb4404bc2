namespace AdaptiveLearning.Application.Exports.GetExportFile;

/// <summary>A finished export's zip; the caller disposes the stream.</summary>
public sealed record ExportDownload(Stream Content, string FileName);

namespace AdaptiveLearning.Application.Imports;

/// <summary>Reported after each batch commits; bytes drive the bar because question counts are unknown until parsed.</summary>
public sealed record ImportProgress(int FilesDone, int FilesTotal, long BytesDone, long BytesTotal, ImportCounts SoFar);

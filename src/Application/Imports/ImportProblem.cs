namespace AdaptiveLearning.Application.Imports;

/// <summary>
/// Something wrong with an import file. <see cref="Index"/> is the 0-based position of the question in
/// the file's array; null with <see cref="Field"/> null means the file as a whole.
/// </summary>
public sealed record ImportProblem(string File, int? Index, string? ExternalId, string? Field, string Reason)
{
    public override string ToString()
    {
        var where = Index is { } i ? $" [{i}]" : "";
        var id = ExternalId is null ? "" : $" id={ExternalId}";
        var field = Field is null ? "" : $" {Field}:";
        return $"{File}{where}{id}{field} {Reason}";
    }
}

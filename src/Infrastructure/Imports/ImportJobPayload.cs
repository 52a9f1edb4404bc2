namespace AdaptiveLearning.Infrastructure.Imports;

/// <param name="Files">The uploaded names in upload order; the contents wait in <see cref="ImportUploads"/>.</param>
/// <param name="Format">The format chosen for the upload (a wire name); null: each file's extension decides. Absent in older payloads.</param>
internal sealed record ImportJobPayload(Guid? UserId, bool DryRun, bool Publish, IReadOnlyList<string> Files, string? Format = null)
{
    public const string Kind = "import";
}

namespace AdaptiveLearning.Infrastructure.Imports;

/// <param name="Files">The uploaded names in upload order; the contents wait in <see cref="ImportUploads"/>.</param>
internal sealed record ImportJobPayload(Guid? UserId, bool DryRun, bool Publish, IReadOnlyList<string> Files)
{
    public const string Kind = "import";
}

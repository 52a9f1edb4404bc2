namespace AdaptiveLearning.Domain.Content;

/// <summary>A question and its editorial state. Content changes bump the version; old versions are kept by persistence.</summary>
public sealed class Question
{
    public long Id { get; init; }
    public required string ExternalId { get; init; }
    public required long FacetId { get; set; }
    public QuestionStatus Status { get; private set; } = QuestionStatus.Draft;
    public int Version { get; private set; } = 1;
    public required QuestionContent Content { get; set; }
    public required IrtParameters Irt { get; set; }
    public bool IrtCalibrated { get; set; }

    public static Question Create(string externalId, long facetId, QuestionContent content, QuestionStatus status = QuestionStatus.Draft) => new()
    {
        ExternalId = externalId,
        FacetId = facetId,
        Content = content,
        Status = status,
        Irt = IrtParameters.FromDifficulty(content.Difficulty, content.Type, content.Options.Count),
    };

    /// <summary>Rehydrates a stored question.</summary>
    public static Question Restore(long id, string externalId, long facetId, QuestionStatus status, int version,
        QuestionContent content, IrtParameters irt, bool calibrated) => new()
    {
        Id = id, ExternalId = externalId, FacetId = facetId, Status = status, Version = version,
        Content = content, Irt = irt, IrtCalibrated = calibrated,
    };

    /// <returns>True when the content really changed, which makes a new version.</returns>
    public bool Revise(QuestionContent content)
    {
        if (content.Hash() == Content.Hash())
            return false;
        Content = content;
        Version++;
        if (!IrtCalibrated)
            Irt = IrtParameters.FromDifficulty(content.Difficulty, content.Type, content.Options.Count);
        return true;
    }

    public void Submit() => Move(QuestionStatus.InReview, QuestionStatus.Draft);

    public void Publish() => Move(QuestionStatus.Published, QuestionStatus.Draft, QuestionStatus.InReview, QuestionStatus.Archived);

    public void Archive() => Move(QuestionStatus.Archived, QuestionStatus.Draft, QuestionStatus.InReview, QuestionStatus.Published);

    private void Move(QuestionStatus to, params QuestionStatus[] allowedFrom)
    {
        if (!allowedFrom.Contains(Status))
            throw new InvalidWorkflowTransitionException(Status, to);
        Status = to;
    }
}

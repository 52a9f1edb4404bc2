using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Hierarchy;
using AdaptiveLearning.Application.Questions;

namespace AdaptiveLearning.Application.Questions.UpdateQuestion;

internal sealed class UpdateQuestionHandler(
    IQuestionRepository questions, IHierarchyRepository nodes, IQuestionQueries queries, QuestionPreconditions preconditions,
    ContentOptions options)
    : IHandler<UpdateQuestionCommand, QuestionDto>
{
    public const string RevisedReason = "Revised: a new version needs a new review.";

    public async Task<QuestionDto> HandleAsync(UpdateQuestionCommand request, CancellationToken ct)
    {
        var question = await questions.GetAsync(request.Id, ct)
            ?? throw new ProblemException(Problems.NotFound, $"No question {request.Id}.");
        await preconditions.EnsureAsync(question, request.IfMatch, ct);
        var loaded = question.Stamp;
        var content = request.Input.ApplyTo(question.Content);
        QuestionInput.EnsureValid(content);

        var moved = false;
        if (request.FacetPath is { } path)
        {
            var facet = await FacetResolver.ResolveAsync(nodes, path, ct);
            moved = facet.Id != question.FacetId;
            question.FacetId = facet.Id;
        }
        var revised = question.Revise(content);
        var withdrawn = revised && question.ReturnToDraftAfterRevision(options.RequireReview);
        if ((revised || moved)
            && !await questions.SaveAsync(question, loaded, newVersion: revised, request.AuthorId, withdrawn ? RevisedReason : null, ct))
            throw QuestionPreconditions.LostRace(request.IfMatch);
        return (await queries.GetAsync(question.Id, ContentViewer.Staff, ct))!;
    }
}

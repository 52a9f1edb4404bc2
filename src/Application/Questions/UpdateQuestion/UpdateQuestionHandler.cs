using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Hierarchy;
using AdaptiveLearning.Application.Questions;

namespace AdaptiveLearning.Application.Questions.UpdateQuestion;

internal sealed class UpdateQuestionHandler(
    IQuestionRepository questions, IHierarchyRepository nodes, IQuestionQueries queries)
    : IHandler<UpdateQuestionCommand, QuestionDto>
{
    public async Task<QuestionDto> HandleAsync(UpdateQuestionCommand request, CancellationToken ct)
    {
        var question = await questions.GetAsync(request.Id, ct)
            ?? throw new ProblemException(Problems.NotFound, $"No question {request.Id}.");
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
        if (revised || moved)
            await questions.SaveAsync(question, newVersion: revised, request.AuthorId, ct);
        return (await queries.GetAsync(question.Id, ContentViewer.Staff, ct))!;
    }
}

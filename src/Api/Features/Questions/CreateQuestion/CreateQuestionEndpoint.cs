using AdaptiveLearning.Api.Http;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions.CreateQuestion;
using AdaptiveLearning.Application.Questions;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Questions.CreateQuestion;

internal sealed class CreateQuestionEndpoint(IHandler<CreateQuestionCommand, QuestionDto> handler)
    : Endpoint<CreateQuestionRequest, QuestionDto>
{
    public override void Configure()
    {
        Post(CreateQuestionRequest.Route);
        Roles(Security.Roles.Author, Security.Roles.Admin);
        Options(x => x.WithTags("Questions"));
        Summary(s => s.Summary = "Create a draft question (authors and admins)");
        Description(x => x.Produces<QuestionDto>(201).ProducesProblem(400).ProducesProblem(401).ProducesProblem(403), clearDefaults: true);
    }

    public override async Task HandleAsync(CreateQuestionRequest req, CancellationToken ct)
    {
        var question = await handler.HandleAsync(new CreateQuestionCommand(User.UserId(), req.ExternalId, req.Path, req), ct);
        LocationHeader.Set(HttpContext, GetQuestion.GetQuestionRequest.For(question.Id));
        await Send.ResponseAsync(question, 201, ct);
    }
}

using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Users.UpdateNotificationPreferences;

internal sealed class UpdateNotificationPreferencesValidator : Validator<UpdateNotificationPreferencesRequest>
{
    private const string LocalTime = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

    public UpdateNotificationPreferencesValidator()
    {
        RuleFor(r => r.Channels).NotNull();
        RuleForEach(r => r.Channels).NotNull();
        RuleFor(r => r.Channels).Must(c => c.Select(p => p.Type).Distinct().Count() == c.Count)
            .When(r => r.Channels is not null && r.Channels.All(p => p is not null)).WithMessage("Each type at most once.");
        When(r => r.QuietHours is not null, () =>
        {
            RuleFor(r => r.QuietHours!.Start).NotNull().Matches(LocalTime).WithMessage("A local time as HH:mm, e.g. 22:00.");
            RuleFor(r => r.QuietHours!.End).NotNull().Matches(LocalTime).WithMessage("A local time as HH:mm, e.g. 08:00.");
            RuleFor(r => r.QuietHours!.End).NotEqual(r => r.QuietHours!.Start).WithMessage("Quiet hours must end at another time than they start.");
        });
    }
}

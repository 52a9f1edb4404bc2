namespace AdaptiveLearning.Application.Mail;

/// <summary>A message for the outbox: stored with the change that causes it, delivered later by the mail sender.</summary>
public sealed record OutboundMail(Guid Id, string To, string Subject, string TextBody, string HtmlBody);

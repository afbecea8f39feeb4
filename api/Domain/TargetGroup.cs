namespace Medborgardialog.Api.Domain;

/// <summary>Who a dialogue must reach (promises Q3a and Q4), including groups that are usually less heard.</summary>
public enum TargetGroup
{
    AllResidents,
    YoungPeople,
    OlderPeople,
    PeopleWithDisabilities,
    PeopleBornAbroad,
    BusinessOwners,
    FamiliesWithChildren,
    DistrictResidents,
}

package io.trunkline.planning;

import io.trunkline.model.SurvivableBranch;

/**
 * The users a Survivable Branch Appliance or Server serves against the published ranges [EVR] (rule BR-06):
 * SBA 25–1,000 users (two SBAs up to 2,000), SBS 1,000–2,000.
 *
 * @param survivable the SBA or SBS
 * @param users      users of its branch
 * @param minUsers   lower end of the recommended range
 * @param maxUsers   upper end of the supported range (two SBAs in one branch double it)
 */
public record SurvivableBranchCheck(SurvivableBranch survivable, int users, int minUsers, int maxUsers) {

    /** Whether the branch has more users than the box supports. */
    public boolean overLimit() {
        return users > maxUsers;
    }

    /** Whether the branch is smaller than the range the box is recommended for. */
    public boolean belowRecommendedRange() {
        return users < minUsers;
    }
}

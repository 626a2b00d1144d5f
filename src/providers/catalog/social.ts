import type { ProviderDefinition } from '../types.ts';

/** Identity and social providers whose OAuth consent hands personal data to the asking site. */
export const socialProviders: ProviderDefinition[] = [
  {
    id: 'facebook',
    name: 'Facebook',
    kind: 'social-share',
    possible: ['profile', 'email', 'friends', 'likes', 'photos', 'posts', 'birthday', 'location'],
    implied: ['profile'],
    scopes: {
      public_profile: ['profile'],
      email: ['email'],
      user_friends: ['friends'],
      user_likes: ['likes'],
      user_photos: ['photos'],
      user_videos: ['photos'],
      user_posts: ['posts'],
      user_birthday: ['birthday'],
      user_age_range: ['profile'],
      user_gender: ['profile'],
      user_link: ['profile'],
      user_location: ['location'],
      user_hometown: ['location'],
      user_events: ['calendar'],
      user_messenger_contact: ['messages'],
      read_mailbox: ['messages'],
      publish_actions: ['publish'],
      publish_to_groups: ['publish'],
      pages_manage_posts: ['publish', 'manage'],
      pages_show_list: ['manage'],
      offline_access: ['offline-access'],
    },
    authorize: [
      { host: '*.facebook.com', pathPattern: '^/(v[0-9.]+/)?dialog/oauth', scopeParams: ['scope'] },
      { host: '*.facebook.com', path: '/dialog/permissions.request', scopeParams: ['perms', 'scope'] },
    ],
    selectors: ['.fb-login-button'],
    names: ['facebook'],
    // Only the consent dialog: the rest of facebook.com (a Like button, a shared post) keeps working.
    block: {
      domains: ['facebook.com'],
      urlRegex: '^https://[a-z]+\\.facebook\\.com/(v[0-9.]+/)?dialog/(oauth|permissions\\.request)',
      resourceTypes: ['main_frame', 'sub_frame'],
    },
    revokeUrl: 'https://www.facebook.com/settings?tab=applications',
  },
];

export type Json =
  | string
  | number
  | boolean
  | null
  | { [key: string]: Json | undefined }
  | Json[]

export type Database = {
  public: {
    Tables: {
      deal_contacts: {
        Row: {
          deal_id: string
          email: string | null
          municipality_id: string
          name: string
          organisation_id: string
          phone: string | null
          updated_at: string
        }
        Insert: {
          deal_id: string
          email?: string | null
          municipality_id: string
          name?: string
          organisation_id: string
          phone?: string | null
          updated_at?: string
        }
        Update: {
          deal_id?: string
          email?: string | null
          municipality_id?: string
          name?: string
          organisation_id?: string
          phone?: string | null
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "deal_contacts_deal_id_fkey"
            columns: ["deal_id"]
            isOneToOne: false
            referencedRelation: "deals"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "deal_contacts_municipality_id_fkey"
            columns: ["municipality_id"]
            isOneToOne: false
            referencedRelation: "municipalities"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "deal_contacts_organisation_id_fkey"
            columns: ["organisation_id"]
            isOneToOne: false
            referencedRelation: "organisations"
            referencedColumns: ["id"]
          },
        ]
      }
      deal_events: {
        Row: {
          action: string
          actor_id: string | null
          actor_organisation_id: string | null
          created_at: string
          deal_id: string
          from_state: Database["public"]["Enums"]["deal_state"] | null
          id: number
          message: string
          municipality_id: string
          to_state: Database["public"]["Enums"]["deal_state"]
        }
        Insert: {
          action: string
          actor_id?: string | null
          actor_organisation_id?: string | null
          created_at?: string
          deal_id: string
          from_state?: Database["public"]["Enums"]["deal_state"] | null
          id?: never
          message?: string
          municipality_id: string
          to_state: Database["public"]["Enums"]["deal_state"]
        }
        Update: {
          action?: string
          actor_id?: string | null
          actor_organisation_id?: string | null
          created_at?: string
          deal_id?: string
          from_state?: Database["public"]["Enums"]["deal_state"] | null
          id?: never
          message?: string
          municipality_id?: string
          to_state?: Database["public"]["Enums"]["deal_state"]
        }
        Relationships: [
          {
            foreignKeyName: "deal_events_actor_organisation_id_fkey"
            columns: ["actor_organisation_id"]
            isOneToOne: false
            referencedRelation: "organisations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "deal_events_deal_id_fkey"
            columns: ["deal_id"]
            isOneToOne: false
            referencedRelation: "deals"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "deal_events_municipality_id_fkey"
            columns: ["municipality_id"]
            isOneToOne: false
            referencedRelation: "municipalities"
            referencedColumns: ["id"]
          },
        ]
      }
      deal_followups: {
        Row: {
          answer: Database["public"]["Enums"]["followup_answer"] | null
          answered_at: string | null
          asked_at: string
          created_at: string
          deal_id: string
          id: string
          municipality_id: string
          organisation_id: string
          question: Database["public"]["Enums"]["followup_question"]
          reminded_at: string | null
        }
        Insert: {
          answer?: Database["public"]["Enums"]["followup_answer"] | null
          answered_at?: string | null
          asked_at: string
          created_at?: string
          deal_id: string
          id?: string
          municipality_id: string
          organisation_id: string
          question: Database["public"]["Enums"]["followup_question"]
          reminded_at?: string | null
        }
        Update: {
          answer?: Database["public"]["Enums"]["followup_answer"] | null
          answered_at?: string | null
          asked_at?: string
          created_at?: string
          deal_id?: string
          id?: string
          municipality_id?: string
          organisation_id?: string
          question?: Database["public"]["Enums"]["followup_question"]
          reminded_at?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "deal_followups_deal_id_fkey"
            columns: ["deal_id"]
            isOneToOne: false
            referencedRelation: "deals"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "deal_followups_municipality_id_fkey"
            columns: ["municipality_id"]
            isOneToOne: false
            referencedRelation: "municipalities"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "deal_followups_organisation_id_fkey"
            columns: ["organisation_id"]
            isOneToOne: false
            referencedRelation: "organisations"
            referencedColumns: ["id"]
          },
        ]
      }
      deals: {
        Row: {
          agreed_at: string | null
          category: Database["public"]["Enums"]["listing_category"]
          closed_at: string | null
          created_at: string
          cycle_group: string | null
          cycle_id: string | null
          cycle_leg: number | null
          deadline: string | null
          event_corner_id: string | null
          event_edition_id: string | null
          giver_accepted_at: string | null
          giver_organisation_id: string
          hours_expertise: number
          hours_hands: number
          hours_students: number
          id: string
          in_return: string
          materials_value: number
          municipality_id: string
          offer_id: string | null
          other_costs: number
          proposal_id: string | null
          quantity: number | null
          rate_id: string | null
          receiver_accepted_at: string | null
          receiver_organisation_id: string
          request_id: string | null
          started_by: string | null
          started_by_organisation_id: string
          state: Database["public"]["Enums"]["deal_state"]
          updated_at: string
          what_given: string
        }
        Insert: {
          agreed_at?: string | null
          category: Database["public"]["Enums"]["listing_category"]
          closed_at?: string | null
          created_at?: string
          cycle_group?: string | null
          cycle_id?: string | null
          cycle_leg?: number | null
          deadline?: string | null
          event_corner_id?: string | null
          event_edition_id?: string | null
          giver_accepted_at?: string | null
          giver_organisation_id: string
          hours_expertise?: number
          hours_hands?: number
          hours_students?: number
          id?: string
          in_return?: string
          materials_value?: number
          municipality_id: string
          offer_id?: string | null
          other_costs?: number
          proposal_id?: string | null
          quantity?: number | null
          rate_id?: string | null
          receiver_accepted_at?: string | null
          receiver_organisation_id: string
          request_id?: string | null
          started_by?: string | null
          started_by_organisation_id: string
          state?: Database["public"]["Enums"]["deal_state"]
          updated_at?: string
          what_given?: string
        }
        Update: {
          agreed_at?: string | null
          category?: Database["public"]["Enums"]["listing_category"]
          closed_at?: string | null
          created_at?: string
          cycle_group?: string | null
          cycle_id?: string | null
          cycle_leg?: number | null
          deadline?: string | null
          event_corner_id?: string | null
          event_edition_id?: string | null
          giver_accepted_at?: string | null
          giver_organisation_id?: string
          hours_expertise?: number
          hours_hands?: number
          hours_students?: number
          id?: string
          in_return?: string
          materials_value?: number
          municipality_id?: string
          offer_id?: string | null
          other_costs?: number
          proposal_id?: string | null
          quantity?: number | null
          rate_id?: string | null
          receiver_accepted_at?: string | null
          receiver_organisation_id?: string
          request_id?: string | null
          started_by?: string | null
          started_by_organisation_id?: string
          state?: Database["public"]["Enums"]["deal_state"]
          updated_at?: string
          what_given?: string
        }
        Relationships: [
          {
            foreignKeyName: "deals_cycle_id_fkey"
            columns: ["cycle_id"]
            isOneToOne: false
            referencedRelation: "exchange_cycles"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "deals_event_corner_id_fkey"
            columns: ["event_corner_id"]
            isOneToOne: false
            referencedRelation: "event_corners"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "deals_event_edition_id_fkey"
            columns: ["event_edition_id"]
            isOneToOne: false
            referencedRelation: "event_editions"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "deals_giver_organisation_id_fkey"
            columns: ["giver_organisation_id"]
            isOneToOne: false
            referencedRelation: "organisations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "deals_municipality_id_fkey"
            columns: ["municipality_id"]
            isOneToOne: false
            referencedRelation: "municipalities"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "deals_offer_id_fkey"
            columns: ["offer_id"]
            isOneToOne: false
            referencedRelation: "listings"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "deals_proposal_id_fkey"
            columns: ["proposal_id"]
            isOneToOne: false
            referencedRelation: "match_proposals"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "deals_rate_id_fkey"
            columns: ["rate_id"]
            isOneToOne: false
            referencedRelation: "municipality_rates"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "deals_receiver_organisation_id_fkey"
            columns: ["receiver_organisation_id"]
            isOneToOne: false
            referencedRelation: "organisations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "deals_request_id_fkey"
            columns: ["request_id"]
            isOneToOne: false
            referencedRelation: "listings"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "deals_started_by_organisation_id_fkey"
            columns: ["started_by_organisation_id"]
            isOneToOne: false
            referencedRelation: "organisations"
            referencedColumns: ["id"]
          },
        ]
      }
      email_outbox: {
        Row: {
          attempts: number
          bundled_into: string | null
          claimed_at: string | null
          created_at: string
          failed_at: string | null
          html: string
          id: string
          idempotency_key: string
          kind: string
          last_error: string | null
          municipality_id: string | null
          next_attempt_at: string
          organisation_id: string | null
          resend_id: string | null
          sent_at: string | null
          status: Database["public"]["Enums"]["email_status"]
          subject: string
          text: string
          to_address: string
          user_id: string | null
        }
        Insert: {
          attempts?: number
          bundled_into?: string | null
          claimed_at?: string | null
          created_at?: string
          failed_at?: string | null
          html: string
          id?: string
          idempotency_key: string
          kind: string
          last_error?: string | null
          municipality_id?: string | null
          next_attempt_at?: string
          organisation_id?: string | null
          resend_id?: string | null
          sent_at?: string | null
          status?: Database["public"]["Enums"]["email_status"]
          subject: string
          text: string
          to_address: string
          user_id?: string | null
        }
        Update: {
          attempts?: number
          bundled_into?: string | null
          claimed_at?: string | null
          created_at?: string
          failed_at?: string | null
          html?: string
          id?: string
          idempotency_key?: string
          kind?: string
          last_error?: string | null
          municipality_id?: string | null
          next_attempt_at?: string
          organisation_id?: string | null
          resend_id?: string | null
          sent_at?: string | null
          status?: Database["public"]["Enums"]["email_status"]
          subject?: string
          text?: string
          to_address?: string
          user_id?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "email_outbox_bundled_into_fkey"
            columns: ["bundled_into"]
            isOneToOne: false
            referencedRelation: "email_outbox"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "email_outbox_municipality_id_fkey"
            columns: ["municipality_id"]
            isOneToOne: false
            referencedRelation: "municipalities"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "email_outbox_organisation_id_fkey"
            columns: ["organisation_id"]
            isOneToOne: false
            referencedRelation: "organisations"
            referencedColumns: ["id"]
          },
        ]
      }
      email_preferences: {
        Row: {
          frequency: Database["public"]["Enums"]["email_frequency"]
          kind: string
          updated_at: string
          user_id: string
        }
        Insert: {
          frequency: Database["public"]["Enums"]["email_frequency"]
          kind: string
          updated_at?: string
          user_id?: string
        }
        Update: {
          frequency?: Database["public"]["Enums"]["email_frequency"]
          kind?: string
          updated_at?: string
          user_id?: string
        }
        Relationships: []
      }
      event_conversations: {
        Row: {
          created_at: string
          edition_id: string
          id: string
          municipality_id: string
          organisation_a: string
          organisation_b: string
          reasons: NonNullable<Json>
          registration_a: string
          registration_b: string
          round: number
          score: number
          table_no: number
        }
        Insert: {
          created_at?: string
          edition_id: string
          id?: string
          municipality_id: string
          organisation_a: string
          organisation_b: string
          reasons?: NonNullable<Json>
          registration_a: string
          registration_b: string
          round: number
          score: number
          table_no: number
        }
        Update: {
          created_at?: string
          edition_id?: string
          id?: string
          municipality_id?: string
          organisation_a?: string
          organisation_b?: string
          reasons?: NonNullable<Json>
          registration_a?: string
          registration_b?: string
          round?: number
          score?: number
          table_no?: number
        }
        Relationships: [
          {
            foreignKeyName: "event_conversations_edition_id_fkey"
            columns: ["edition_id"]
            isOneToOne: false
            referencedRelation: "event_editions"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "event_conversations_municipality_id_fkey"
            columns: ["municipality_id"]
            isOneToOne: false
            referencedRelation: "municipalities"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "event_conversations_organisation_a_fkey"
            columns: ["organisation_a"]
            isOneToOne: false
            referencedRelation: "organisations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "event_conversations_organisation_b_fkey"
            columns: ["organisation_b"]
            isOneToOne: false
            referencedRelation: "organisations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "event_conversations_registration_a_fkey"
            columns: ["registration_a"]
            isOneToOne: false
            referencedRelation: "event_registrations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "event_conversations_registration_b_fkey"
            columns: ["registration_b"]
            isOneToOne: false
            referencedRelation: "event_registrations"
            referencedColumns: ["id"]
          },
        ]
      }
      event_corners: {
        Row: {
          created_at: string
          edition_id: string
          host_name: string
          id: string
          municipality_id: string
          name: string
          position: number
        }
        Insert: {
          created_at?: string
          edition_id: string
          host_name?: string
          id?: string
          municipality_id: string
          name: string
          position?: number
        }
        Update: {
          created_at?: string
          edition_id?: string
          host_name?: string
          id?: string
          municipality_id?: string
          name?: string
          position?: number
        }
        Relationships: [
          {
            foreignKeyName: "event_corners_edition_id_fkey"
            columns: ["edition_id"]
            isOneToOne: false
            referencedRelation: "event_editions"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "event_corners_municipality_id_fkey"
            columns: ["municipality_id"]
            isOneToOne: false
            referencedRelation: "municipalities"
            referencedColumns: ["id"]
          },
        ]
      }
      event_editions: {
        Row: {
          created_at: string
          created_by: string | null
          ends_at: string
          event_date: string
          id: string
          municipality_id: string
          published: boolean
          registration_closed: boolean
          registration_closes_on: string | null
          registration_opens_on: string | null
          schedule_minutes: number
          schedule_rounds: number
          schedule_tables: number
          starts_at: string
          title: string
          updated_at: string
          venue: string
        }
        Insert: {
          created_at?: string
          created_by?: string | null
          ends_at: string
          event_date: string
          id?: string
          municipality_id: string
          published?: boolean
          registration_closed?: boolean
          registration_closes_on?: string | null
          registration_opens_on?: string | null
          schedule_minutes?: number
          schedule_rounds?: number
          schedule_tables?: number
          starts_at: string
          title: string
          updated_at?: string
          venue: string
        }
        Update: {
          created_at?: string
          created_by?: string | null
          ends_at?: string
          event_date?: string
          id?: string
          municipality_id?: string
          published?: boolean
          registration_closed?: boolean
          registration_closes_on?: string | null
          registration_opens_on?: string | null
          schedule_minutes?: number
          schedule_rounds?: number
          schedule_tables?: number
          starts_at?: string
          title?: string
          updated_at?: string
          venue?: string
        }
        Relationships: [
          {
            foreignKeyName: "event_editions_municipality_id_fkey"
            columns: ["municipality_id"]
            isOneToOne: false
            referencedRelation: "municipalities"
            referencedColumns: ["id"]
          },
        ]
      }
      event_matches: {
        Row: {
          category: Database["public"]["Enums"]["listing_category"]
          corner_id: string | null
          created_at: string
          deal_id: string | null
          decided_at: string | null
          decided_by: string | null
          edition_id: string
          giver_organisation_id: string
          hours_expertise: number
          hours_hands: number
          hours_students: number
          id: string
          in_return: string
          materials_value: number
          municipality_id: string
          offer_id: string | null
          other_costs: number
          proposal_id: string | null
          quantity: number | null
          receiver_organisation_id: string
          recorded_at: string
          recorded_by: string | null
          remark: string
          request_id: string | null
          state: Database["public"]["Enums"]["event_match_state"]
          updated_at: string
          what_given: string
        }
        Insert: {
          category: Database["public"]["Enums"]["listing_category"]
          corner_id?: string | null
          created_at?: string
          deal_id?: string | null
          decided_at?: string | null
          decided_by?: string | null
          edition_id: string
          giver_organisation_id: string
          hours_expertise?: number
          hours_hands?: number
          hours_students?: number
          id: string
          in_return?: string
          materials_value?: number
          municipality_id: string
          offer_id?: string | null
          other_costs?: number
          proposal_id?: string | null
          quantity?: number | null
          receiver_organisation_id: string
          recorded_at?: string
          recorded_by?: string | null
          remark?: string
          request_id?: string | null
          state?: Database["public"]["Enums"]["event_match_state"]
          updated_at?: string
          what_given: string
        }
        Update: {
          category?: Database["public"]["Enums"]["listing_category"]
          corner_id?: string | null
          created_at?: string
          deal_id?: string | null
          decided_at?: string | null
          decided_by?: string | null
          edition_id?: string
          giver_organisation_id?: string
          hours_expertise?: number
          hours_hands?: number
          hours_students?: number
          id?: string
          in_return?: string
          materials_value?: number
          municipality_id?: string
          offer_id?: string | null
          other_costs?: number
          proposal_id?: string | null
          quantity?: number | null
          receiver_organisation_id?: string
          recorded_at?: string
          recorded_by?: string | null
          remark?: string
          request_id?: string | null
          state?: Database["public"]["Enums"]["event_match_state"]
          updated_at?: string
          what_given?: string
        }
        Relationships: [
          {
            foreignKeyName: "event_matches_corner_id_fkey"
            columns: ["corner_id"]
            isOneToOne: false
            referencedRelation: "event_corners"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "event_matches_deal_id_fkey"
            columns: ["deal_id"]
            isOneToOne: true
            referencedRelation: "deals"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "event_matches_edition_id_fkey"
            columns: ["edition_id"]
            isOneToOne: false
            referencedRelation: "event_editions"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "event_matches_giver_organisation_id_fkey"
            columns: ["giver_organisation_id"]
            isOneToOne: false
            referencedRelation: "organisations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "event_matches_municipality_id_fkey"
            columns: ["municipality_id"]
            isOneToOne: false
            referencedRelation: "municipalities"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "event_matches_offer_id_fkey"
            columns: ["offer_id"]
            isOneToOne: false
            referencedRelation: "listings"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "event_matches_proposal_id_fkey"
            columns: ["proposal_id"]
            isOneToOne: false
            referencedRelation: "match_proposals"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "event_matches_receiver_organisation_id_fkey"
            columns: ["receiver_organisation_id"]
            isOneToOne: false
            referencedRelation: "organisations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "event_matches_request_id_fkey"
            columns: ["request_id"]
            isOneToOne: false
            referencedRelation: "listings"
            referencedColumns: ["id"]
          },
        ]
      }
      event_registrations: {
        Row: {
          absent: boolean
          arrival_time: string | null
          brings: string
          created_at: string
          edition_id: string
          id: string
          municipality_id: string
          organisation_id: string
          people: number
          registered_by: string | null
          seeks: string
          updated_at: string
        }
        Insert: {
          absent?: boolean
          arrival_time?: string | null
          brings?: string
          created_at?: string
          edition_id: string
          id?: string
          municipality_id: string
          organisation_id: string
          people: number
          registered_by?: string | null
          seeks?: string
          updated_at?: string
        }
        Update: {
          absent?: boolean
          arrival_time?: string | null
          brings?: string
          created_at?: string
          edition_id?: string
          id?: string
          municipality_id?: string
          organisation_id?: string
          people?: number
          registered_by?: string | null
          seeks?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "event_registrations_edition_id_fkey"
            columns: ["edition_id"]
            isOneToOne: false
            referencedRelation: "event_editions"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "event_registrations_municipality_id_fkey"
            columns: ["municipality_id"]
            isOneToOne: false
            referencedRelation: "municipalities"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "event_registrations_organisation_id_fkey"
            columns: ["organisation_id"]
            isOneToOne: false
            referencedRelation: "organisations"
            referencedColumns: ["id"]
          },
        ]
      }
      event_scoreboards: {
        Row: {
          created_at: string
          created_by: string | null
          edition_id: string
          municipality_id: string
          token: string
        }
        Insert: {
          created_at?: string
          created_by?: string | null
          edition_id: string
          municipality_id: string
          token?: string
        }
        Update: {
          created_at?: string
          created_by?: string | null
          edition_id?: string
          municipality_id?: string
          token?: string
        }
        Relationships: [
          {
            foreignKeyName: "event_scoreboards_edition_id_fkey"
            columns: ["edition_id"]
            isOneToOne: true
            referencedRelation: "event_editions"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "event_scoreboards_municipality_id_fkey"
            columns: ["municipality_id"]
            isOneToOne: false
            referencedRelation: "municipalities"
            referencedColumns: ["id"]
          },
        ]
      }
      exchange_cycles: {
        Row: {
          computed_at: string
          id: string
          members: string[]
          municipality_id: string
          organisation_ids: string[]
          reasons: NonNullable<Json>
          score: number
        }
        Insert: {
          computed_at?: string
          id?: string
          members: string[]
          municipality_id: string
          organisation_ids: string[]
          reasons?: NonNullable<Json>
          score: number
        }
        Update: {
          computed_at?: string
          id?: string
          members?: string[]
          municipality_id?: string
          organisation_ids?: string[]
          reasons?: NonNullable<Json>
          score?: number
        }
        Relationships: [
          {
            foreignKeyName: "exchange_cycles_municipality_id_fkey"
            columns: ["municipality_id"]
            isOneToOne: false
            referencedRelation: "municipalities"
            referencedColumns: ["id"]
          },
        ]
      }
      invitations: {
        Row: {
          accepted_at: string | null
          accepted_by: string | null
          created_at: string
          email: string
          expires_at: string
          id: string
          invited_by: string | null
          municipality_id: string
          organisation_id: string
          role: Database["public"]["Enums"]["membership_role"]
        }
        Insert: {
          accepted_at?: string | null
          accepted_by?: string | null
          created_at?: string
          email: string
          expires_at?: string
          id?: string
          invited_by?: string | null
          municipality_id: string
          organisation_id: string
          role?: Database["public"]["Enums"]["membership_role"]
        }
        Update: {
          accepted_at?: string | null
          accepted_by?: string | null
          created_at?: string
          email?: string
          expires_at?: string
          id?: string
          invited_by?: string | null
          municipality_id?: string
          organisation_id?: string
          role?: Database["public"]["Enums"]["membership_role"]
        }
        Relationships: [
          {
            foreignKeyName: "invitations_municipality_id_fkey"
            columns: ["municipality_id"]
            isOneToOne: false
            referencedRelation: "municipalities"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "invitations_organisation_id_fkey"
            columns: ["organisation_id"]
            isOneToOne: false
            referencedRelation: "organisations"
            referencedColumns: ["id"]
          },
        ]
      }
      listing_events: {
        Row: {
          action: string
          actor_id: string | null
          actor_role: string
          changed_fields: string[]
          created_at: string
          id: number
          listing_id: string
          municipality_id: string
          new_state: Database["public"]["Enums"]["listing_state"] | null
          new_values: NonNullable<Json>
          old_state: Database["public"]["Enums"]["listing_state"] | null
          old_values: NonNullable<Json>
          organisation_id: string
        }
        Insert: {
          action: string
          actor_id?: string | null
          actor_role: string
          changed_fields?: string[]
          created_at?: string
          id?: never
          listing_id: string
          municipality_id: string
          new_state?: Database["public"]["Enums"]["listing_state"] | null
          new_values?: NonNullable<Json>
          old_state?: Database["public"]["Enums"]["listing_state"] | null
          old_values?: NonNullable<Json>
          organisation_id: string
        }
        Update: {
          action?: string
          actor_id?: string | null
          actor_role?: string
          changed_fields?: string[]
          created_at?: string
          id?: never
          listing_id?: string
          municipality_id?: string
          new_state?: Database["public"]["Enums"]["listing_state"] | null
          new_values?: NonNullable<Json>
          old_state?: Database["public"]["Enums"]["listing_state"] | null
          old_values?: NonNullable<Json>
          organisation_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "listing_events_municipality_id_fkey"
            columns: ["municipality_id"]
            isOneToOne: false
            referencedRelation: "municipalities"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "listing_events_organisation_id_fkey"
            columns: ["organisation_id"]
            isOneToOne: false
            referencedRelation: "organisations"
            referencedColumns: ["id"]
          },
        ]
      }
      listing_reports: {
        Row: {
          created_at: string
          id: string
          listing_id: string
          municipality_id: string
          reason: string
          reporter_id: string
          resolution_note: string | null
          resolved_at: string | null
          resolved_by: string | null
          status: Database["public"]["Enums"]["report_status"]
        }
        Insert: {
          created_at?: string
          id?: string
          listing_id: string
          municipality_id: string
          reason: string
          reporter_id?: string
          resolution_note?: string | null
          resolved_at?: string | null
          resolved_by?: string | null
          status?: Database["public"]["Enums"]["report_status"]
        }
        Update: {
          created_at?: string
          id?: string
          listing_id?: string
          municipality_id?: string
          reason?: string
          reporter_id?: string
          resolution_note?: string | null
          resolved_at?: string | null
          resolved_by?: string | null
          status?: Database["public"]["Enums"]["report_status"]
        }
        Relationships: [
          {
            foreignKeyName: "listing_reports_listing_id_fkey"
            columns: ["listing_id"]
            isOneToOne: false
            referencedRelation: "listings"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "listing_reports_municipality_id_fkey"
            columns: ["municipality_id"]
            isOneToOne: false
            referencedRelation: "municipalities"
            referencedColumns: ["id"]
          },
        ]
      }
      listings: {
        Row: {
          amount: string
          available_from: string | null
          available_until: string | null
          can_offer_in_return: string | null
          category: Database["public"]["Enums"]["listing_category"]
          closed_at: string | null
          created_at: string
          created_by: string | null
          description: string
          ends_on: string | null
          estimated_hours: number | null
          estimated_value: number | null
          id: string
          kind: Database["public"]["Enums"]["listing_kind"]
          latitude: number
          longitude: number
          municipality_id: string
          needed_by: string | null
          open_until: string | null
          organisation_id: string
          place: string
          published_at: string | null
          quantity: number | null
          search_vector: unknown
          state: Database["public"]["Enums"]["listing_state"]
          title: string
          title_vector: unknown
          updated_at: string
          wants_in_return: string | null
          effective_state: Database["public"]["Enums"]["listing_state"] | null
          promised_quantity: number | null
        }
        Insert: {
          amount?: string
          available_from?: string | null
          available_until?: string | null
          can_offer_in_return?: string | null
          category: Database["public"]["Enums"]["listing_category"]
          closed_at?: string | null
          created_at?: string
          created_by?: string | null
          description?: string
          ends_on?: never
          estimated_hours?: number | null
          estimated_value?: number | null
          id?: string
          kind: Database["public"]["Enums"]["listing_kind"]
          latitude: number
          longitude: number
          municipality_id: string
          needed_by?: string | null
          open_until?: never
          organisation_id: string
          place: string
          published_at?: string | null
          quantity?: number | null
          search_vector?: never
          state?: Database["public"]["Enums"]["listing_state"]
          title: string
          title_vector?: never
          updated_at?: string
          wants_in_return?: string | null
        }
        Update: {
          amount?: string
          available_from?: string | null
          available_until?: string | null
          can_offer_in_return?: string | null
          category?: Database["public"]["Enums"]["listing_category"]
          closed_at?: string | null
          created_at?: string
          created_by?: string | null
          description?: string
          ends_on?: never
          estimated_hours?: number | null
          estimated_value?: number | null
          id?: string
          kind?: Database["public"]["Enums"]["listing_kind"]
          latitude?: number
          longitude?: number
          municipality_id?: string
          needed_by?: string | null
          open_until?: never
          organisation_id?: string
          place?: string
          published_at?: string | null
          quantity?: number | null
          search_vector?: never
          state?: Database["public"]["Enums"]["listing_state"]
          title?: string
          title_vector?: never
          updated_at?: string
          wants_in_return?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "listings_municipality_id_fkey"
            columns: ["municipality_id"]
            isOneToOne: false
            referencedRelation: "municipalities"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "listings_organisation_id_fkey"
            columns: ["organisation_id"]
            isOneToOne: false
            referencedRelation: "organisations"
            referencedColumns: ["id"]
          },
        ]
      }
      match_proposals: {
        Row: {
          caveats: NonNullable<Json>
          computed_at: string
          id: string
          municipality_id: string
          offer_id: string
          offer_notified_at: string | null
          offer_organisation_id: string
          proposed_at: string
          reasons: NonNullable<Json>
          request_id: string
          request_notified_at: string | null
          request_organisation_id: string
          score: number
          pinned: boolean | null
        }
        Insert: {
          caveats?: NonNullable<Json>
          computed_at?: string
          id?: string
          municipality_id: string
          offer_id: string
          offer_notified_at?: string | null
          offer_organisation_id: string
          proposed_at?: string
          reasons?: NonNullable<Json>
          request_id: string
          request_notified_at?: string | null
          request_organisation_id: string
          score: number
        }
        Update: {
          caveats?: NonNullable<Json>
          computed_at?: string
          id?: string
          municipality_id?: string
          offer_id?: string
          offer_notified_at?: string | null
          offer_organisation_id?: string
          proposed_at?: string
          reasons?: NonNullable<Json>
          request_id?: string
          request_notified_at?: string | null
          request_organisation_id?: string
          score?: number
        }
        Relationships: [
          {
            foreignKeyName: "match_proposals_municipality_id_fkey"
            columns: ["municipality_id"]
            isOneToOne: false
            referencedRelation: "municipalities"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "match_proposals_offer_id_fkey"
            columns: ["offer_id"]
            isOneToOne: false
            referencedRelation: "listings"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "match_proposals_offer_organisation_id_fkey"
            columns: ["offer_organisation_id"]
            isOneToOne: false
            referencedRelation: "organisations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "match_proposals_request_id_fkey"
            columns: ["request_id"]
            isOneToOne: false
            referencedRelation: "listings"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "match_proposals_request_organisation_id_fkey"
            columns: ["request_organisation_id"]
            isOneToOne: false
            referencedRelation: "organisations"
            referencedColumns: ["id"]
          },
        ]
      }
      matching_adjustments: {
        Row: {
          computed_at: string
          events: number
          learned_since: string | null
          municipality_id: string
          reset_at: string | null
          reset_by: string | null
          weights: NonNullable<Json>
        }
        Insert: {
          computed_at?: string
          events?: number
          learned_since?: string | null
          municipality_id: string
          reset_at?: string | null
          reset_by?: string | null
          weights?: NonNullable<Json>
        }
        Update: {
          computed_at?: string
          events?: number
          learned_since?: string | null
          municipality_id?: string
          reset_at?: string | null
          reset_by?: string | null
          weights?: NonNullable<Json>
        }
        Relationships: [
          {
            foreignKeyName: "matching_adjustments_municipality_id_fkey"
            columns: ["municipality_id"]
            isOneToOne: true
            referencedRelation: "municipalities"
            referencedColumns: ["id"]
          },
        ]
      }
      matchmaker_decisions: {
        Row: {
          created_at: string
          decided_by: string | null
          decision: Database["public"]["Enums"]["matchmaker_decision"]
          municipality_id: string
          note: string | null
          offer_id: string
          request_id: string
        }
        Insert: {
          created_at?: string
          decided_by?: string | null
          decision: Database["public"]["Enums"]["matchmaker_decision"]
          municipality_id: string
          note?: string | null
          offer_id: string
          request_id: string
        }
        Update: {
          created_at?: string
          decided_by?: string | null
          decision?: Database["public"]["Enums"]["matchmaker_decision"]
          municipality_id?: string
          note?: string | null
          offer_id?: string
          request_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "matchmaker_decisions_municipality_id_fkey"
            columns: ["municipality_id"]
            isOneToOne: false
            referencedRelation: "municipalities"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "matchmaker_decisions_offer_id_fkey"
            columns: ["offer_id"]
            isOneToOne: false
            referencedRelation: "listings"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "matchmaker_decisions_request_id_fkey"
            columns: ["request_id"]
            isOneToOne: false
            referencedRelation: "listings"
            referencedColumns: ["id"]
          },
        ]
      }
      memberships: {
        Row: {
          created_at: string
          municipality_id: string
          organisation_id: string
          role: Database["public"]["Enums"]["membership_role"]
          user_id: string
        }
        Insert: {
          created_at?: string
          municipality_id: string
          organisation_id: string
          role?: Database["public"]["Enums"]["membership_role"]
          user_id: string
        }
        Update: {
          created_at?: string
          municipality_id?: string
          organisation_id?: string
          role?: Database["public"]["Enums"]["membership_role"]
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "memberships_municipality_id_fkey"
            columns: ["municipality_id"]
            isOneToOne: false
            referencedRelation: "municipalities"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "memberships_organisation_id_fkey"
            columns: ["organisation_id"]
            isOneToOne: false
            referencedRelation: "organisations"
            referencedColumns: ["id"]
          },
        ]
      }
      municipalities: {
        Row: {
          created_at: string
          id: string
          name: string
          settings: NonNullable<Json>
          slug: string
        }
        Insert: {
          created_at?: string
          id?: string
          name: string
          settings?: NonNullable<Json>
          slug: string
        }
        Update: {
          created_at?: string
          id?: string
          name?: string
          settings?: NonNullable<Json>
          slug?: string
        }
        Relationships: []
      }
      municipality_rates: {
        Row: {
          created_at: string
          created_by: string | null
          expertise_rate: number
          hands_rate: number
          id: string
          municipality_id: string
          students_rate: number
          valid_from: string
        }
        Insert: {
          created_at?: string
          created_by?: string | null
          expertise_rate: number
          hands_rate: number
          id?: string
          municipality_id: string
          students_rate: number
          valid_from?: string
        }
        Update: {
          created_at?: string
          created_by?: string | null
          expertise_rate?: number
          hands_rate?: number
          id?: string
          municipality_id?: string
          students_rate?: number
          valid_from?: string
        }
        Relationships: [
          {
            foreignKeyName: "municipality_rates_municipality_id_fkey"
            columns: ["municipality_id"]
            isOneToOne: false
            referencedRelation: "municipalities"
            referencedColumns: ["id"]
          },
        ]
      }
      municipality_roles: {
        Row: {
          created_at: string
          municipality_id: string
          role: Database["public"]["Enums"]["municipality_role"]
          user_id: string
        }
        Insert: {
          created_at?: string
          municipality_id: string
          role: Database["public"]["Enums"]["municipality_role"]
          user_id: string
        }
        Update: {
          created_at?: string
          municipality_id?: string
          role?: Database["public"]["Enums"]["municipality_role"]
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "municipality_roles_municipality_id_fkey"
            columns: ["municipality_id"]
            isOneToOne: false
            referencedRelation: "municipalities"
            referencedColumns: ["id"]
          },
        ]
      }
      organisation_contacts: {
        Row: {
          email: string | null
          municipality_id: string
          organisation_id: string
          phone: string | null
          updated_at: string
        }
        Insert: {
          email?: string | null
          municipality_id: string
          organisation_id: string
          phone?: string | null
          updated_at?: string
        }
        Update: {
          email?: string | null
          municipality_id?: string
          organisation_id?: string
          phone?: string | null
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "organisation_contacts_municipality_id_fkey"
            columns: ["municipality_id"]
            isOneToOne: false
            referencedRelation: "municipalities"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "organisation_contacts_organisation_id_fkey"
            columns: ["organisation_id"]
            isOneToOne: true
            referencedRelation: "organisations"
            referencedColumns: ["id"]
          },
        ]
      }
      organisations: {
        Row: {
          created_at: string
          created_by: string | null
          description: string
          id: string
          keurmerk_public: boolean
          kind: Database["public"]["Enums"]["organisation_kind"]
          kvk_number: string | null
          latitude: number | null
          longitude: number | null
          municipality_id: string
          name: string
          place: string | null
          slug: string
          updated_at: string
          website: string | null
        }
        Insert: {
          created_at?: string
          created_by?: string | null
          description?: string
          id?: string
          keurmerk_public?: boolean
          kind: Database["public"]["Enums"]["organisation_kind"]
          kvk_number?: string | null
          latitude?: number | null
          longitude?: number | null
          municipality_id: string
          name: string
          place?: string | null
          slug: string
          updated_at?: string
          website?: string | null
        }
        Update: {
          created_at?: string
          created_by?: string | null
          description?: string
          id?: string
          keurmerk_public?: boolean
          kind?: Database["public"]["Enums"]["organisation_kind"]
          kvk_number?: string | null
          latitude?: number | null
          longitude?: number | null
          municipality_id?: string
          name?: string
          place?: string | null
          slug?: string
          updated_at?: string
          website?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "organisations_municipality_id_fkey"
            columns: ["municipality_id"]
            isOneToOne: false
            referencedRelation: "municipalities"
            referencedColumns: ["id"]
          },
        ]
      }
      profiles: {
        Row: {
          created_at: string
          display_name: string
          id: string
          locale: Database["public"]["Enums"]["locale"]
          municipality_id: string
          updated_at: string
        }
        Insert: {
          created_at?: string
          display_name?: string
          id: string
          locale?: Database["public"]["Enums"]["locale"]
          municipality_id: string
          updated_at?: string
        }
        Update: {
          created_at?: string
          display_name?: string
          id?: string
          locale?: Database["public"]["Enums"]["locale"]
          municipality_id?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "profiles_municipality_id_fkey"
            columns: ["municipality_id"]
            isOneToOne: false
            referencedRelation: "municipalities"
            referencedColumns: ["id"]
          },
        ]
      }
      proposal_dismissals: {
        Row: {
          created_at: string
          dismissed_by: string | null
          municipality_id: string
          offer_id: string
          organisation_id: string
          request_id: string
        }
        Insert: {
          created_at?: string
          dismissed_by?: string | null
          municipality_id: string
          offer_id: string
          organisation_id: string
          request_id: string
        }
        Update: {
          created_at?: string
          dismissed_by?: string | null
          municipality_id?: string
          offer_id?: string
          organisation_id?: string
          request_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "proposal_dismissals_municipality_id_fkey"
            columns: ["municipality_id"]
            isOneToOne: false
            referencedRelation: "municipalities"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "proposal_dismissals_offer_id_fkey"
            columns: ["offer_id"]
            isOneToOne: false
            referencedRelation: "listings"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "proposal_dismissals_organisation_id_fkey"
            columns: ["organisation_id"]
            isOneToOne: false
            referencedRelation: "organisations"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "proposal_dismissals_request_id_fkey"
            columns: ["request_id"]
            isOneToOne: false
            referencedRelation: "listings"
            referencedColumns: ["id"]
          },
        ]
      }
    }
    Views: {
      [_ in never]: never
    }
    Functions: {
      accept_invitation: { Args: { p_invitation: string }; Returns: string }
      answer_followup: {
        Args: {
          p_answer: Database["public"]["Enums"]["followup_answer"]
          p_question: string
        }
        Returns: Json
      }
      claim_email_outbox: {
        Args: {
          p_ids?: string[]
          p_lease?: string
          p_limit?: number
          p_now?: string
        }
        Returns: {
          attempts: number
          bundled_into: string | null
          claimed_at: string | null
          created_at: string
          failed_at: string | null
          html: string
          id: string
          idempotency_key: string
          kind: string
          last_error: string | null
          municipality_id: string | null
          next_attempt_at: string
          organisation_id: string | null
          resend_id: string | null
          sent_at: string | null
          status: Database["public"]["Enums"]["email_status"]
          subject: string
          text: string
          to_address: string
          user_id: string | null
        }[]
        SetofOptions: {
          from: "*"
          to: "email_outbox"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      claim_followup_reminders: {
        Args: { p_municipality?: string; p_now: string }
        Returns: {
          answer: Database["public"]["Enums"]["followup_answer"] | null
          answered_at: string | null
          asked_at: string
          created_at: string
          deal_id: string
          id: string
          municipality_id: string
          organisation_id: string
          question: Database["public"]["Enums"]["followup_question"]
          reminded_at: string | null
        }[]
        SetofOptions: {
          from: "*"
          to: "deal_followups"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      create_due_followups: {
        Args: { p_municipality?: string; p_now: string }
        Returns: {
          answer: Database["public"]["Enums"]["followup_answer"] | null
          answered_at: string | null
          asked_at: string
          created_at: string
          deal_id: string
          id: string
          municipality_id: string
          organisation_id: string
          question: Database["public"]["Enums"]["followup_question"]
          reminded_at: string | null
        }[]
        SetofOptions: {
          from: "*"
          to: "deal_followups"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      decide_event_match: {
        Args: { p_id: string; p_ratify: boolean; p_remark?: string }
        Returns: {
          category: Database["public"]["Enums"]["listing_category"]
          corner_id: string | null
          created_at: string
          deal_id: string | null
          decided_at: string | null
          decided_by: string | null
          edition_id: string
          giver_organisation_id: string
          hours_expertise: number
          hours_hands: number
          hours_students: number
          id: string
          in_return: string
          materials_value: number
          municipality_id: string
          offer_id: string | null
          other_costs: number
          proposal_id: string | null
          quantity: number | null
          receiver_organisation_id: string
          recorded_at: string
          recorded_by: string | null
          remark: string
          request_id: string | null
          state: Database["public"]["Enums"]["event_match_state"]
          updated_at: string
          what_given: string
        }
        SetofOptions: {
          from: "*"
          to: "event_matches"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      effective_state: {
        Args: { l: Database["public"]["Tables"]["listings"]["Row"] }
        Returns: Database["public"]["Enums"]["listing_state"]
      }
      enqueue_daily_digest: {
        Args: {
          p_email: Json
          p_ids: string[]
          p_municipality?: string
          p_user: string
        }
        Returns: Json
      }
      enqueue_proposal_digest: {
        Args: {
          p_emails: Json
          p_min_interval?: string
          p_municipality: string
          p_organisation: string
          p_proposal_ids: string[]
        }
        Returns: Json
      }
      event_results: { Args: { p_edition: string }; Returns: Json }
      event_scoreboard: { Args: { p_token: string }; Returns: Json }
      expire_listings: { Args: Record<PropertyKey, never>; Returns: number }
      keurmerk: {
        Args: { p_municipality: string; p_slug: string }
        Returns: Json
      }
      pending_proposal_notifications: {
        Args: {
          p_min_interval?: string
          p_min_score: number
          p_municipality: string
          p_settle?: string
        }
        Returns: {
          offer_id: string
          organisation_id: string
          pinned: boolean
          proposal_id: string
          reasons: Json
          request_id: string
          score: number
          side: Database["public"]["Enums"]["listing_kind"]
        }[]
      }
      pinned: {
        Args: { p: Database["public"]["Tables"]["match_proposals"]["Row"] }
        Returns: boolean
      }
      promised_quantity: {
        Args: { l: Database["public"]["Tables"]["listings"]["Row"] }
        Returns: number
      }
      record_event_match: {
        Args: {
          p_category: Database["public"]["Enums"]["listing_category"]
          p_corner?: string
          p_edition: string
          p_giver: string
          p_hours_expertise?: number
          p_hours_hands?: number
          p_hours_students?: number
          p_id: string
          p_in_return?: string
          p_materials_value?: number
          p_offer?: string
          p_other_costs?: number
          p_proposal?: string
          p_quantity?: number
          p_receiver: string
          p_recorded_at?: string
          p_request?: string
          p_what_given: string
        }
        Returns: {
          category: Database["public"]["Enums"]["listing_category"]
          corner_id: string | null
          created_at: string
          deal_id: string | null
          decided_at: string | null
          decided_by: string | null
          edition_id: string
          giver_organisation_id: string
          hours_expertise: number
          hours_hands: number
          hours_students: number
          id: string
          in_return: string
          materials_value: number
          municipality_id: string
          offer_id: string | null
          other_costs: number
          proposal_id: string | null
          quantity: number | null
          receiver_organisation_id: string
          recorded_at: string
          recorded_by: string | null
          remark: string
          request_id: string | null
          state: Database["public"]["Enums"]["event_match_state"]
          updated_at: string
          what_given: string
        }
        SetofOptions: {
          from: "*"
          to: "event_matches"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      renew_event_scoreboard: { Args: { p_edition: string }; Returns: string }
      replace_event_schedule: {
        Args: {
          p_absent?: string[]
          p_conversations: Json
          p_edition: string
          p_from_round: number
        }
        Returns: number
      }
      replace_match_proposals: {
        Args: {
          p_cycles?: Json
          p_listing_ids?: string[]
          p_municipality: string
          p_proposals: Json
          p_request_ids?: string[]
        }
        Returns: Json
      }
      reset_matching_adjustments: {
        Args: { p_municipality: string }
        Returns: undefined
      }
      respond_to_deal: {
        Args: { p_accept: boolean; p_deal: string; p_message?: string }
        Returns: Json
      }
      save_email_preferences: {
        Args: { p_preferences: Json }
        Returns: undefined
      }
      search_listings: {
        Args: {
          p_active_on?: string
          p_categories?: Database["public"]["Enums"]["listing_category"][]
          p_created_since?: string
          p_kind?: Database["public"]["Enums"]["listing_kind"]
          p_lat?: number
          p_limit?: number
          p_lon?: number
          p_max_km?: number
          p_municipality?: string
          p_offset?: number
          p_organisation?: string
          p_organisation_kind?: Database["public"]["Enums"]["organisation_kind"]
          p_place?: string
          p_query?: string
          p_sort?: string
          p_states?: Database["public"]["Enums"]["listing_state"][]
        }
        Returns: {
          amount: string
          category: Database["public"]["Enums"]["listing_category"]
          created_at: string
          distance_km: number
          ends_on: string
          excerpt: string
          id: string
          kind: Database["public"]["Enums"]["listing_kind"]
          organisation_id: string
          organisation_kind: Database["public"]["Enums"]["organisation_kind"]
          organisation_name: string
          organisation_slug: string
          place: string
          rank: number
          state: Database["public"]["Enums"]["listing_state"]
          title: string
          total_count: number
          total_is_capped: boolean
        }[]
      }
      similar_organisations: {
        Args: { p_kvk_number?: string; p_municipality: string; p_name: string }
        Returns: {
          id: string
          name: string
          same_kvk_number: boolean
          same_name: boolean
          slug: string
        }[]
      }
      staff_proposals: {
        Args: {
          p_category?: Database["public"]["Enums"]["listing_category"]
          p_limit?: number
          p_max_score?: number
          p_min_score?: number
          p_municipality: string
          p_offset?: number
          p_pinned?: boolean
          p_place?: string
        }
        Returns: {
          caveats: Json
          offer_id: string
          offer_organisation_id: string
          pinned: boolean
          reasons: Json
          request_id: string
          request_organisation_id: string
          score: number
          total_count: number
        }[]
      }
      start_cycle_deals: {
        Args: { p_cycle: string; p_message?: string }
        Returns: string[]
      }
      start_deal: {
        Args: {
          p_counterparty?: string
          p_message?: string
          p_offer?: string
          p_organisation?: string
          p_proposal?: string
          p_quantity?: number
          p_request?: string
        }
        Returns: Json
      }
      suggest_search: {
        Args: { p_municipality?: string; p_query: string }
        Returns: string
      }
      transition_deal: {
        Args: {
          p_deal: string
          p_reason?: string
          p_to: Database["public"]["Enums"]["deal_state"]
        }
        Returns: Json
      }
    }
    Enums: {
      deal_state:
        | "interested"
        | "agreed"
        | "in_progress"
        | "carried_out"
        | "not_feasible"
        | "cancelled"
        | "declined"
      email_frequency: "immediately" | "daily" | "never"
      email_status:
        | "pending"
        | "sending"
        | "sent"
        | "failed"
        | "skipped"
        | "held"
        | "bundled"
      event_match_state: "submitted" | "returned" | "ratified"
      followup_answer: "contact" | "no_contact" | "carried_out" | "not_feasible"
      followup_question: "contact" | "carried_out"
      listing_category:
        | "hands"
        | "expertise"
        | "materials"
        | "facilities"
        | "other"
      listing_kind: "offer" | "request"
      listing_state:
        | "draft"
        | "open"
        | "paused"
        | "matched"
        | "closed"
        | "expired"
      locale: "nl" | "en"
      matchmaker_decision: "pin" | "veto"
      membership_role: "owner" | "member"
      municipality_role: "admin" | "matchmaker"
      organisation_kind: "business" | "voluntary" | "municipality"
      report_status: "open" | "resolved" | "dismissed"
    }
    CompositeTypes: {
      [_ in never]: never
    }
  }
}

type DatabaseWithoutInternals = Omit<Database, "__InternalSupabase">

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, "public">]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema["Tables"] &
        DefaultSchema["Views"])
    ? (DefaultSchema["Tables"] &
        DefaultSchema["Views"])[DefaultSchemaTableNameOrOptions] extends {
        Row: infer R
      }
      ? R
      : never
    : never

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Insert: infer I
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Insert: infer I
      }
      ? I
      : never
    : never

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Update: infer U
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Update: infer U
      }
      ? U
      : never
    : never

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    | keyof DefaultSchema["Enums"]
    | { schema: keyof DatabaseWithoutInternals },
  EnumName extends (DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"]
    : never) = never,
> = DefaultSchemaEnumNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema["Enums"]
    ? DefaultSchema["Enums"][DefaultSchemaEnumNameOrOptions]
    : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema["CompositeTypes"]
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends (PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"]
    : never) = never,
> = PublicCompositeTypeNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema["CompositeTypes"]
    ? DefaultSchema["CompositeTypes"][PublicCompositeTypeNameOrOptions]
    : never

export const Constants = {
  public: {
    Enums: {
      deal_state: [
        "interested",
        "agreed",
        "in_progress",
        "carried_out",
        "not_feasible",
        "cancelled",
        "declined",
      ],
      email_frequency: ["immediately", "daily", "never"],
      email_status: [
        "pending",
        "sending",
        "sent",
        "failed",
        "skipped",
        "held",
        "bundled",
      ],
      event_match_state: ["submitted", "returned", "ratified"],
      followup_answer: ["contact", "no_contact", "carried_out", "not_feasible"],
      followup_question: ["contact", "carried_out"],
      listing_category: [
        "hands",
        "expertise",
        "materials",
        "facilities",
        "other",
      ],
      listing_kind: ["offer", "request"],
      listing_state: [
        "draft",
        "open",
        "paused",
        "matched",
        "closed",
        "expired",
      ],
      locale: ["nl", "en"],
      matchmaker_decision: ["pin", "veto"],
      membership_role: ["owner", "member"],
      municipality_role: ["admin", "matchmaker"],
      organisation_kind: ["business", "voluntary", "municipality"],
      report_status: ["open", "resolved", "dismissed"],
    },
  },
} as const
